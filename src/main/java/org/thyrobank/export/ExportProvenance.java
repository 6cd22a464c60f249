package org.thyrobank.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.thyrobank.analysis.ReportJson;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.platform.provenance.Provenance;
import org.thyrobank.platform.provenance.ProvenanceRecorder;

/**
 * {@code provenance.json} beside an export's files: the report's provenance block (docs/provenance.md) for the data
 * the export read. Call it in the export's transaction, so that its inputs and data version are those the files were
 * written from. Only the patients who consented to DATA_SHARING leave the service (docs/consent.md): an input whose
 * path names another enrolled patient (a VCF named after their specimen) is left out, and the options count them
 * ({@code inputs_withheld}).
 */
@Component
class ExportProvenance {

    static final String FILE = "provenance.json";

    private final ProvenanceRecorder recorder;
    private final ClinicalQueries clinical;

    ExportProvenance(ProvenanceRecorder recorder, ClinicalQueries clinical) {
        this.recorder = recorder;
        this.clinical = clinical;
    }

    /**
     * Writes {@code dir/provenance.json}, generated now for {@code generatedBy}, with the export's {@code options};
     * {@code exported} tells the patients whose data the export holds. Answers the file's name.
     */
    String write(Path dir, Map<String, Object> options, Predicate<String> exported, String generatedBy)
            throws IOException {
        ProvenanceRecorder.Captured captured = recorder.capture();
        List<String> withheld =
                clinical.enrolledPatientIds().stream().filter(exported.negate()).toList();
        List<Provenance.Input> inputs = captured.inputs().stream()
                .filter(input -> withheld.stream().noneMatch(id -> input.path().contains(id)))
                .toList();
        Map<String, Object> all = new LinkedHashMap<>(options);
        all.put("inputs_withheld", captured.inputs().size() - inputs.size());
        Provenance provenance = ProvenanceRecorder.of(
                        new ProvenanceRecorder.Captured(inputs, captured.dataVersion()), all)
                .generated(generatedBy);
        Files.writeString(dir.resolve(FILE), ReportJson.write(provenance));
        return FILE;
    }
}
