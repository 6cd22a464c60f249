package org.thyrobank.genomics.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.thyrobank.platform.database.TestDatabases;

/**
 * Study folders for the sequencing import tests: the shared example runs (R01 with a panel BED, R02 without), and
 * the example's patients and specimens inserted straight into the tables the clinical import fills.
 */
final class StudyFolders {

    private static final String EXAMPLES = "/org/thyrobank/genomics/vcf/examples/";

    private StudyFolders() {}

    /** Copies the example runs into {@code study/sequencing/<run>/} and answers the study folder. */
    static Path withRuns(Path study, String... runs) {
        for (String run : runs) {
            Path source = resource(EXAMPLES + run);
            Path target = study.resolve("sequencing").resolve(run);
            try (Stream<Path> files = Files.list(source)) {
                Files.createDirectories(target);
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName().toString()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return study;
    }

    static Path resource(String name) {
        URL url = StudyFolders.class.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The example's patients.csv and specimens.csv, as the clinical import would store them. */
    static void insertExampleSpecimens(String jdbcUrl) {
        try (Connection c = TestDatabases.connect(jdbcUrl)) {
            for (CSVRecord row : rows("patients.csv")) {
                update(
                        c,
                        "INSERT INTO patient (patient_id, centre) VALUES (?, ?)",
                        row.get("patient_id"),
                        row.get("centre"));
            }
            for (CSVRecord row : rows("specimens.csv")) {
                update(
                        c,
                        "INSERT INTO specimen (specimen_id, patient_id, kind, timepoint) VALUES (?, ?, ?, ?)",
                        row.get("specimen_id"),
                        row.get("patient_id"),
                        row.get("kind"),
                        row.get("timepoint").isEmpty() ? null : row.get("timepoint"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void update(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    static long count(String jdbcUrl, String sql) {
        try (Connection c = TestDatabases.connect(jdbcUrl);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows a VCF gives table variant: one per data line and alternate allele ({@code .} is none; one sample). */
    static long recordAlleles(Path vcf) {
        try (Stream<String> lines = Files.lines(vcf)) {
            return lines.filter(line -> !line.startsWith("#") && !line.isBlank())
                    .flatMap(line -> Stream.of(line.split("\t")[4].split(",")))
                    .filter(alt -> !alt.equals(".") && !alt.equals("*") && !alt.equals("<NON_REF>"))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CSVRecord> rows(String file) {
        try (Reader in = Files.newBufferedReader(
                        resource("/org/thyrobank/genomics/importing/" + file), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder()
                        .setReader(in)
                        .setFormat(CSVFormat.DEFAULT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())
                        .get()) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
