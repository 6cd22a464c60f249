package org.thyrobank.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thyrobank.analysis.freeze.Freezes;
import org.thyrobank.genomics.HotspotQueries;
import org.thyrobank.mirna.QpcrSnapshot;

class SnapshotRoundTripTests {

    @Test
    void reportDataSurvivesTheSnapshotFormat() {
        ReportInput input = FixtureCohort.input();
        ReportData data = new ReportData(
                input.bundle(),
                input.clinical(),
                input.hotspotStatuses(),
                new HotspotQueries.SignedOutStatuses(Map.of(), List.of("P-2"), 3),
                new QpcrSnapshot(0, Map.of(), List.of(), Map.of()),
                input.consent());
        byte[] json = Freezes.SNAPSHOT.writeValueAsBytes(data);
        assertThat(Freezes.SNAPSHOT.readValue(json, ReportData.class)).isEqualTo(data);
    }

    @Test
    void aFreezeWithQpcrAndProvenanceSurvivesTheSnapshotFormat() {
        ReportInput input = FixtureCohort.input();
        QpcrSnapshot qpcr = new QpcrSnapshot(
                1,
                Map.of("PL01", List.of(new org.thyrobank.mirna.ReplicateMean("P-1", "hsa-miR-1", 25.0, 0.1, 2, 0))),
                List.of(new org.thyrobank.mirna.RegisteredSpecimen(
                        "P-1",
                        "MI-001",
                        org.thyrobank.clinical.Specimen.Kind.PLASMA,
                        org.thyrobank.mirna.Timepoint.PRE)),
                Map.of("PL01", List.of(new org.thyrobank.mirna.NtcWell("hsa-miR-1", 31.5, "H12", null))));
        Freezes.Frozen frozen = new Freezes.Frozen(
                "f",
                new ReportData(
                        input.bundle(),
                        input.clinical(),
                        input.hotspotStatuses(),
                        new HotspotQueries.SignedOutStatuses(input.hotspotStatuses(), List.of(), 0),
                        qpcr,
                        input.consent()),
                new org.thyrobank.platform.provenance.ProvenanceRecorder.Captured(
                        List.of(new org.thyrobank.platform.provenance.Provenance.Input("a", "b", "c", "IMPORTED")), 3),
                List.of(new org.thyrobank.platform.provenance.Provenance.ReferenceFile("reference/x", "y")));
        byte[] json = Freezes.SNAPSHOT.writeValueAsBytes(frozen);
        assertThat(Freezes.SNAPSHOT.readValue(json, Freezes.Frozen.class)).isEqualTo(frozen);
    }

    @Test
    void aQpcrSnapshotFrozenBeforeNtcWellsWereStoredReadsWithNone() {
        QpcrSnapshot qpcr = new QpcrSnapshot(
                1,
                Map.of("PL01", List.of(new org.thyrobank.mirna.ReplicateMean("P-1", "hsa-miR-1", 25.0, null, 1, 0))),
                List.of(),
                Map.of("PL01", List.of(new org.thyrobank.mirna.NtcWell("hsa-miR-1", 31.5, "H12", null))));
        tools.jackson.databind.node.ObjectNode json = Freezes.SNAPSHOT.valueToTree(qpcr);
        json.remove("ntcWells");

        QpcrSnapshot read = Freezes.SNAPSHOT.treeToValue(json, QpcrSnapshot.class);

        assertThat(read.ntcWells()).isEmpty();
        assertThat(read.replicateMeans()).isEqualTo(qpcr.replicateMeans());
    }
}
