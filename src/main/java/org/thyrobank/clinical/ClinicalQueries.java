package org.thyrobank.clinical;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thyrobank.clinical.persistence.ClinicalFolderMapper;
import org.thyrobank.clinical.persistence.ClinicalRecordMapper;
import org.thyrobank.clinical.persistence.DerivedClinicalMapper;
import org.thyrobank.clinical.persistence.LabRow;

/**
 * The clinical module's face for the report, the web layer and the other importers: the stored clinical folder
 * and what was derived from it. The derived figures are those stored at import time by
 * {@link ClinicalDerivations}; they equal a fresh derivation of {@link #bundle()}.
 */
@Service
public class ClinicalQueries {

    private final ClinicalRecordMapper records;
    private final DerivedClinicalMapper derived;
    private final ClinicalFolderMapper folder;

    ClinicalQueries(ClinicalRecordMapper records, DerivedClinicalMapper derived, ClinicalFolderMapper folder) {
        this.records = records;
        this.derived = derived;
        this.folder = folder;
    }

    /**
     * The stored clinical folder rebuilt from the database, rows in their files' order, with the files it came
     * from and the warnings of its import; empty when no clinical folder was imported.
     */
    @Transactional(readOnly = true)
    public Optional<ClinicalBundle> bundle() {
        List<ClinicalFolderMapper.SourceFile> files = folder.sourceFiles();
        if (files.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ClinicalBundle(
                records.patients(),
                records.specimens(),
                records.lesions(),
                records.bloodDosimetry(),
                records.lesionDosimetry(),
                records.therapies(),
                records.fdgLesions(),
                records.assessments(),
                records.adverseEvents(),
                records.labs().stream().map(r -> r.graded().lab()).toList(),
                records.followUps(),
                records.iodinePetScans(),
                files.stream()
                        .map(ClinicalFolderMapper.SourceFile::relativePath)
                        .toList(),
                folder.warnings()));
    }

    /**
     * Everything derived at the last import, read back from the derived tables (all empty before any import). When a
     * schema upgrade has removed derivations made under earlier rules, the stored clinical rows are derived afresh.
     */
    @Transactional(readOnly = true)
    public DerivedClinical derived() {
        List<PatientOutcome> outcomes = derived.outcomes();
        if (outcomes.isEmpty() && records.patientCount() > 0) {
            return bundle().map(ClinicalDerivations::derive).orElseThrow();
        }
        return new DerivedClinical(
                outcomes,
                derived.lesionDoses(),
                derived.visits(),
                records.labs().stream().map(LabRow::graded).toList(),
                derived.labNadirs());
    }

    /** One outcome per patient of patients.csv, in patient_id order. */
    @Transactional(readOnly = true)
    public List<PatientOutcome> patientOutcomes() {
        List<PatientOutcome> outcomes = derived.outcomes();
        return outcomes.isEmpty() && records.patientCount() > 0 ? derived().patients() : outcomes;
    }

    /** Every specimen of specimens.csv by its specimen_id, in the file's order. */
    @Transactional(readOnly = true)
    public Map<String, Specimen> specimens() {
        Map<String, Specimen> byId = new LinkedHashMap<>();
        records.specimens().forEach(s -> byId.put(s.specimenId(), s));
        return byId;
    }

    @Transactional(readOnly = true)
    public Optional<Specimen> findSpecimen(String specimenId) {
        return Optional.ofNullable(records.specimen(specimenId));
    }

    /** The files of the stored clinical folder (bundle path to SHA-256), in the folder's order; empty before any. */
    @Transactional(readOnly = true)
    public Map<String, String> sourceFiles() {
        Map<String, String> sha256ByPath = new LinkedHashMap<>();
        folder.sourceFiles().forEach(f -> sha256ByPath.put(f.relativePath(), f.sha256()));
        return sha256ByPath;
    }

    @Transactional(readOnly = true)
    public long patientCount() {
        return records.patientCount();
    }
}
