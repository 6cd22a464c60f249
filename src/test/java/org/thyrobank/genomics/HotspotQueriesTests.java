package org.thyrobank.genomics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;

class HotspotQueriesTests {

    static List<TestDatabases.Server> servers() {
        return TestDatabases.servers();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aPatientIsMutantIfAnyTumourIsElseWildTypeIfAnyIsElseNoCall(TestDatabases.Server server) throws SQLException {
        try (TestApplication app = TestApplication.start(server)) {
            try (Connection c = TestDatabases.connect(app.jdbcUrl());
                    Statement s = c.createStatement()) {
                s.execute("INSERT INTO patient (patient_id, centre) VALUES ('MI-001', 'MILAN'), ('VR-001', 'NEGRAR')");
                s.execute(
                        "INSERT INTO specimen (specimen_id, patient_id, kind, timepoint) VALUES"
                                + " ('T-MI-001-A', 'MI-001', 'TUMOUR_TISSUE', NULL), ('T-MI-001-B', 'MI-001', 'TUMOUR_TISSUE', NULL),"
                                + " ('P-MI-001-PRE', 'MI-001', 'PLASMA', 'PRE'), ('T-VR-001', 'VR-001', 'TUMOUR_TISSUE', NULL)");
                insertCall(s, "T-MI-001-A", "BRAF_V600E", "MUTANT", null);
                insertCall(s, "T-MI-001-B", "BRAF_V600E", "WILD_TYPE", null);
                insertCall(s, "T-MI-001-A", "TERT_C228T", "NO_CALL", "'LOW_COVERAGE'");
                insertCall(s, "T-MI-001-B", "TERT_C228T", "WILD_TYPE", null);
                insertCall(s, "T-MI-001-A", "TERT_C250T", "NO_CALL", "'NO_EVIDENCE'");
                insertCall(s, "T-MI-001-B", "TERT_C250T", "NO_CALL", "'FILTERED'");
                insertCall(s, "P-MI-001-PRE", "NRAS_Q61R", "MUTANT", null);
                insertCall(s, "T-VR-001", "BRAF_V600E", "WILD_TYPE", null);
            }
            HotspotQueries queries = app.bean(HotspotQueries.class);

            assertThat(queries.patientStatuses())
                    .isEqualTo(Map.of(
                            "MI-001",
                                    Map.of("BRAF_V600E", "MUTANT", "TERT_C228T", "WILD_TYPE", "TERT_C250T", "NO_CALL"),
                            "VR-001", Map.of("BRAF_V600E", "WILD_TYPE")));
            assertThat(queries.callsOfSpecimen("T-MI-001-A"))
                    .extracting(HotspotCallRow::hotspot, HotspotCallRow::status, HotspotCallRow::reason)
                    .hasSize(3)
                    .contains(org.assertj.core.groups.Tuple.tuple("TERT_C228T", "NO_CALL", "LOW_COVERAGE"));
            assertThat(queries.callsOfSpecimen("T-XX-404")).isEmpty();
            assertThat(queries.variantCount()).isZero();
        }
    }

    private static void insertCall(Statement s, String specimen, String hotspot, String status, String reason)
            throws SQLException {
        s.execute("INSERT INTO hotspot_call (source_file, run_id, specimen_id, sample, hotspot, gene, status, reason,"
                + " genome_build, min_depth, min_alt_reads, min_vaf) VALUES ('sequencing/R01/" + specimen
                + ".vcf', 'R01', '"
                + specimen + "', '" + specimen + "', '" + hotspot + "', '" + hotspot.substring(0, hotspot.indexOf('_'))
                + "', '" + status + "', " + reason + ", 'GRCh38', 20, 3, 0.05)");
    }
}
