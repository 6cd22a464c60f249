package org.thyrobank.clinical.importing;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.DerivedClinical;
import org.thyrobank.clinical.persistence.ClinicalFolderMapper;
import org.thyrobank.clinical.persistence.ClinicalRecordMapper;
import org.thyrobank.clinical.persistence.DerivedClinicalMapper;
import org.thyrobank.clinical.persistence.Numbered;
import org.thyrobank.platform.importing.BundleFile;

/**
 * Replaces the stored clinical folder with a new one: deletes every clinical and derived row (derived first,
 * then children before their lesion and patient), inserts the new rows in multi-row batches, and records which
 * files they came from. Runs inside the caller's transaction; rows of other modules that name a specimen have
 * no foreign key to it and are left as they are.
 */
@Component
class ClinicalStore {

    private final ClinicalRecordMapper records;
    private final DerivedClinicalMapper derived;
    private final ClinicalFolderMapper folder;

    ClinicalStore(ClinicalRecordMapper records, DerivedClinicalMapper derived, ClinicalFolderMapper folder) {
        this.records = records;
        this.derived = derived;
        this.folder = folder;
    }

    /** {@code files} are the bundle files the folder was read from, each with its SHA-256. */
    void replace(ClinicalBundle bundle, DerivedClinical derivation, List<BundleFile> files, int batchSize) {
        derived.deleteAll();
        records.deleteAll();
        folder.deleteSourceFiles();
        folder.deleteWarnings();

        insert(records::insertPatients, bundle.patients(), batchSize);
        insert(records::insertSpecimens, bundle.specimens(), batchSize);
        insert(records::insertLesions, bundle.lesions(), batchSize);
        insert(records::insertBloodDosimetry, bundle.bloodDosimetry(), batchSize);
        insert(records::insertLesionDosimetry, bundle.lesionDosimetry(), batchSize);
        insert(records::insertTherapies, bundle.therapies(), batchSize);
        insert(records::insertFdgLesions, bundle.fdgLesions(), batchSize);
        insert(records::insertAssessments, bundle.assessments(), batchSize);
        insert(records::insertAdverseEvents, bundle.adverseEvents(), batchSize);
        insert(records::insertLabs, derivation.labs(), batchSize);
        insert(records::insertFollowUps, bundle.followUps(), batchSize);
        insert(records::insertIodinePetScans, bundle.iodinePetScans(), batchSize);
        insert(records::insertConsents, bundle.consents().rows(), batchSize);

        insert(derived::insertOutcomes, derivation.patients(), batchSize);
        insert(derived::insertLesionDoses, derivation.lesionDoses(), batchSize);
        insert(derived::insertVisits, derivation.visits(), batchSize);
        insert(derived::insertLabNadirs, derivation.labNadirs(), batchSize);

        Map<String, String> sha256 =
                files.stream().collect(Collectors.toMap(BundleFile::relativePath, BundleFile::sha256));
        insert(
                folder::insertSourceFiles,
                bundle.filesRead().stream()
                        .map(f -> new ClinicalFolderMapper.SourceFile(f, sha256.get(f)))
                        .toList(),
                batchSize);
        insert(folder::insertWarnings, bundle.warnings(), batchSize);
    }

    private static <T> void insert(Consumer<List<Numbered<T>>> statement, List<T> rows, int batchSize) {
        List<Numbered<T>> numbered = Numbered.of(rows);
        for (int from = 0; from < numbered.size(); from += batchSize) {
            statement.accept(numbered.subList(from, Math.min(from + batchSize, numbered.size())));
        }
    }
}
