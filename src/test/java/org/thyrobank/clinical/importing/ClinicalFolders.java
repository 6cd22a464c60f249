package org.thyrobank.clinical.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Study folders made from the example bundle for the import tests, and what the database holds. */
final class ClinicalFolders {

    static final List<String> TABLES = List.of(
            "patient",
            "specimen",
            "lesion",
            "blood_dosimetry",
            "lesion_dosimetry",
            "therapy",
            "fdg_lesion",
            "assessment",
            "adverse_event",
            "lab_value",
            "follow_up",
            "iodine_pet",
            "patient_outcome",
            "lesion_dose",
            "visit_response",
            "lab_nadir",
            "clinical_source_file",
            "clinical_warning",
            "imported_file",
            "qpcr_value");

    private ClinicalFolders() {}

    static Path exampleClinical() {
        try {
            return Path.of(ClinicalFolders.class
                    .getResource("/org/thyrobank/clinical/study-example/clinical")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the example study's clinical/ folder in {@code study}. */
    static Path copyExample(Path study) {
        return copy(exampleClinical(), study);
    }

    /** A copy of the reader's fixture folder {@code name} (org/thyrobank/clinical/bundle/NAME) as clinical/. */
    static Path copyFixture(String name, Path study) {
        try {
            return copy(
                    Path.of(ClinicalFolders.class
                            .getResource("/org/thyrobank/clinical/bundle/" + name)
                            .toURI()),
                    study);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copy(Path from, Path study) {
        Path clinical = study.resolve("clinical");
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(clinical);
            for (Path file : files.toList()) {
                Files.copy(
                        file, clinical.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return study;
    }

    /** Replaces the first occurrence of {@code from} in the file (which must contain it). */
    static void edit(Path study, String file, String from, String to) {
        Path path = study.resolve(file);
        try {
            String content = Files.readString(path);
            if (!content.contains(from)) {
                throw new IllegalArgumentException(file + " has no " + from);
            }
            Files.writeString(
                    path,
                    content.replaceFirst(
                            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plate a qpcr_value row of another module needs (qpcr_value.plate_id references qpcr_plate). */
    static final String QPCR_PLATE_OF_ANOTHER_MODULE =
            "INSERT INTO qpcr_plate (plate_id, source_file, format, wells, imported_at)"
                    + " VALUES ('PL01', 'qpcr/PL01.csv', 'long-csv', 1, CURRENT_TIMESTAMP(6))";

    /** Row count and MariaDB's CHECKSUM TABLE of every clinical table, the file register and qpcr_value. */
    static Map<String, String> snapshot(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, String> state = new LinkedHashMap<>();
        for (String table : TABLES) {
            Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
            Object checksum = jdbc.queryForMap("CHECKSUM TABLE " + table).get("Checksum");
            state.put(table, count + " rows, checksum " + checksum);
        }
        return state;
    }
}
