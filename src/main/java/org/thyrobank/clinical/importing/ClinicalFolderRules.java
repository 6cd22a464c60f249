package org.thyrobank.clinical.importing;

import java.util.ArrayList;
import java.util.List;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.ClinicalValidationException;
import org.thyrobank.platform.BundleFileException;

/**
 * What storing a clinical folder needs beyond what the reader checks: the folder replaces the stored one whole,
 * so every file needs {@code patients.csv} (its rows name those patients), and the lesion dosimetry, FDG and
 * 124I PET files need {@code lesions.csv} (their rows name those lesions).
 */
final class ClinicalFolderRules {

    static final String PATIENTS = "clinical/patients.csv";
    static final String LESIONS = "clinical/lesions.csv";
    private static final List<String> NEED_LESIONS =
            List.of("clinical/lesion_dosimetry.csv", "clinical/fdg.csv", "clinical/iodine_pet.csv");

    private ClinicalFolderRules() {}

    static void requireStorable(ClinicalBundle bundle) {
        List<BundleFileException> rejected = new ArrayList<>();
        for (String file : bundle.filesRead()) {
            if (!file.equals(PATIENTS) && !bundle.filesRead().contains(PATIENTS)) {
                rejected.add(
                        BundleFileException.of(
                                file,
                                "cannot be stored without " + PATIENTS + ": the clinical"
                                        + " folder replaces the stored one whole, and its rows name the patients listed there"));
            } else if (NEED_LESIONS.contains(file) && !bundle.filesRead().contains(LESIONS)) {
                rejected.add(BundleFileException.of(
                        file,
                        "cannot be stored without " + LESIONS + ": the clinical"
                                + " folder replaces the stored one whole, and its rows name the lesions listed there"));
            }
        }
        if (!rejected.isEmpty()) {
            throw new ClinicalValidationException(rejected, bundle.warnings());
        }
    }
}
