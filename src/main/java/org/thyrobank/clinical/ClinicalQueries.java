package org.thyrobank.clinical;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 *
 * <p>Consent is enforced here, at the source (docs/consent.md): {@link #bundle()}, {@link #derived()},
 * {@link #patientOutcomes()} and {@link #specimens()} give only what research may use ({@link ResearchUse}), and
 * {@link #specimens(Consent.Scope)} and {@link #withheldSpecimens} tell whose genomics or miRNA data may be used. Only
 * {@link #findSpecimen} (for the importers) and {@link #consents()} see past it.
 */
@Service
public class ClinicalQueries {

    /** The bundle path of the consent file: its presence in the stored folder is what "consent recorded" means. */
    public static final String CONSENT_FILE = "clinical/consent.csv";

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
     * from and the warnings of its import, as far as research may use it ({@link ResearchUse}); empty when no
     * clinical folder was imported.
     */
    @Transactional(readOnly = true)
    public Optional<ClinicalBundle> bundle() {
        return storedBundle().map(ResearchUse::of);
    }

    /**
     * The consent of the stored folder's patients: not recorded when no clinical folder was imported or it had no
     * consent.csv.
     */
    @Transactional(readOnly = true)
    public Consents consents() {
        boolean recorded = folder.sourceFiles().stream().anyMatch(f -> CONSENT_FILE.equals(f.relativePath()));
        return recorded ? Consents.recorded(records.consents()) : Consents.notRecorded();
    }

    /** Who consent leaves out, scope by scope; not recorded when no clinical folder or no consent.csv. */
    @Transactional(readOnly = true)
    public ConsentExclusions consentExclusions() {
        return storedBundle().map(ConsentExclusions::of).orElse(ConsentExclusions.notRecorded());
    }

    /** Every enrolled patient's id, sorted, whatever the consent (for the administrators' consent page). */
    @Transactional(readOnly = true)
    public List<String> enrolledPatientIds() {
        return storedBundle()
                .map(b -> List.copyOf(ClinicalDerivations.patientIds(b)))
                .orElse(List.of());
    }

    /** Every stored row, whatever the consent: only to compute the usable part from. */
    private Optional<ClinicalBundle> storedBundle() {
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
                folder.warnings(),
                consents()));
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

    /** The specimens of specimens.csv research may use, by specimen_id, in the file's order. */
    @Transactional(readOnly = true)
    public Map<String, Specimen> specimens() {
        return specimens(Consent.Scope.CLINICAL_RESEARCH);
    }

    /**
     * The specimens whose data of {@code scope} may be used (e.g. {@link Consent.Scope#GENOMICS} for their variants
     * and hotspot calls, {@link Consent.Scope#MIRNA} for their qPCR values), by specimen_id, in the file's order.
     */
    @Transactional(readOnly = true)
    public Map<String, Specimen> specimens(Consent.Scope scope) {
        Map<String, Specimen> byId = new LinkedHashMap<>();
        records.specimens().forEach(s -> byId.put(s.specimenId(), s));
        return ResearchUse.specimens(byId, scope, consents());
    }

    /**
     * The stored specimens whose data of {@code scope} consent does not let research use. A specimen that
     * specimens.csv does not list belongs to no known patient and is not among them.
     */
    @Transactional(readOnly = true)
    public Set<String> withheldSpecimens(Consent.Scope scope) {
        Consents consents = consents();
        Set<String> withheld = new HashSet<>();
        records.specimens().stream()
                .filter(s -> !ResearchUse.allows(s, scope, consents))
                .forEach(s -> withheld.add(s.specimenId()));
        return withheld;
    }

    /** Whether consent withholds the data of {@code scope} of this specimen (see {@link #withheldSpecimens}). */
    @Transactional(readOnly = true)
    public boolean withheld(String specimenId, Consent.Scope scope) {
        Specimen specimen = records.specimen(specimenId);
        return specimen != null && !ResearchUse.allows(specimen, scope, consents());
    }

    /**
     * The stored specimen whatever the consent: for the importers, which must tell a specimen that is not known
     * from one whose data may not be used. Pages and figures use {@link #specimens()} or {@link #usable}.
     */
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
