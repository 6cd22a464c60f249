package org.thyrobank.mirna.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thyrobank.mirna.ExampleStudy;
import org.thyrobank.platform.database.TestApplication;

/**
 * A qpcr/ study folder for the import tests, and the patients and specimens its plates need. The clinical import
 * fills those tables in the service; here they are inserted straight from the example's specimens.csv.
 */
final class QpcrStudy {

    static final String FIXTURES = "/org/thyrobank/mirna/plate/";

    private final Path dir;

    QpcrStudy(Path dir) {
        this.dir = dir;
    }

    /** Inserts every patient and specimen of the example's specimens.csv (centre from the code: MI, VR). */
    static void registerExampleSpecimens(TestApplication app) {
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        List<String[]> specimens = new String(
                        ExampleStudy.bytes(ExampleStudy.ROOT + "clinical/specimens.csv"), StandardCharsets.UTF_8)
                .lines()
                .skip(1)
                .map(line -> line.split(",", -1))
                .toList();
        Set<String> patients = new LinkedHashSet<>();
        specimens.forEach(cells -> patients.add(cells[1]));
        patients.forEach(patient -> jdbc.update(
                "INSERT INTO patient (patient_id, centre) VALUES (?, ?)",
                patient,
                patient.startsWith("MI-") ? "MILAN" : "NEGRAR"));
        specimens.forEach(cells -> jdbc.update(
                "INSERT INTO specimen (specimen_id, patient_id, kind, timepoint) VALUES (?, ?, ?, ?)",
                cells[0],
                cells[1],
                cells[2],
                cells[3].isEmpty() ? null : cells[3]));
    }

    Path dir() {
        return dir;
    }

    /** The 13 plates of the example, as qpcr/PL01.csv ... qpcr/PL13.csv. */
    QpcrStudy withExamplePlates() {
        ExampleStudy.PLATES.forEach(plate ->
                write("qpcr/" + plate + ".csv", ExampleStudy.bytes(ExampleStudy.ROOT + "qpcr/" + plate + ".csv")));
        return this;
    }

    static String examplePlate(String plate) {
        return new String(ExampleStudy.bytes(ExampleStudy.ROOT + "qpcr/" + plate + ".csv"), StandardCharsets.UTF_8);
    }

    /** The data lines of an example plate (its header left out): one well each. */
    static long exampleWells(String plate) {
        return examplePlate(plate)
                .lines()
                .skip(1)
                .filter(line -> !line.isBlank())
                .count();
    }

    static byte[] rdmlZip(byte[] xml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("rdml_data.xml"));
            zip.write(xml);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    QpcrStudy write(String relative, String content) {
        return write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    QpcrStudy write(String relative, byte[] content) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    QpcrStudy delete(String relative) {
        try {
            Files.delete(dir.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
