package org.thyrobank.clinical.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.ClinicalValidationException;
import org.thyrobank.platform.BundleFileException;
import org.thyrobank.platform.importing.BundleFile;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.FileOutcome.Outcome;

/** The line each file of the clinical folder gets, for a folder stored, rejected or refused by the database. */
final class ClinicalOutcomes {

    private ClinicalOutcomes() {}

    static List<FileOutcome> unchanged(List<BundleFile> files) {
        return files.stream()
                .map(f -> FileOutcome.of(f, Outcome.UNCHANGED, "same content as the stored clinical data"))
                .toList();
    }

    /** Every file rejected: its own problems (up to {@code maxProblems}), or the files that stopped the folder. */
    static List<FileOutcome> rejected(List<BundleFile> files, ClinicalValidationException rejection, int maxProblems) {
        List<String> culprits = rejection.rejectedFiles().stream()
                .map(BundleFileException::file)
                .toList();
        String notApplied = "not applied: " + String.join(", ", culprits) + (culprits.size() == 1 ? " was" : " were")
                + " rejected, and the clinical folder is applied whole";
        return files.stream()
                .map(f -> {
                    List<String> problems = rejection.problems(f.relativePath());
                    return FileOutcome.of(
                            f, Outcome.REJECTED, problems.isEmpty() ? notApplied : listed(problems, maxProblems));
                })
                .toList();
    }

    static List<FileOutcome> refused(List<BundleFile> files, String reason) {
        return files.stream()
                .map(f -> FileOutcome.of(
                        f,
                        Outcome.REJECTED,
                        "not applied: the database refused the clinical folder and nothing of it was stored: "
                                + reason))
                .toList();
    }

    /**
     * The folder was stored: a file new to the stored data is imported, one with other content replaced it,
     * one with the same content is unchanged; each with its row count and its warnings.
     */
    static List<FileOutcome> applied(List<BundleFile> files, ClinicalBundle bundle, Map<String, String> storedSha256) {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (BundleFile f : files) {
            String before = storedSha256.get(f.relativePath());
            int rows = rows(bundle, f.relativePath());
            Outcome outcome;
            String detail;
            if (before == null) {
                outcome = Outcome.IMPORTED;
                detail = rows + " rows";
            } else if (!before.equals(f.sha256())) {
                outcome = Outcome.REPLACED;
                detail = "replaced the previous content: " + rows + " rows";
            } else {
                outcome = Outcome.UNCHANGED;
                detail = "same content, stored again with the folder: " + rows + " rows";
            }
            for (String warning : bundle.warnings()) {
                if (warning.startsWith(f.relativePath() + ": ")) {
                    detail += "; warning: " + warning.substring(f.relativePath().length() + 2);
                }
            }
            outcomes.add(FileOutcome.of(f, outcome, detail));
        }
        return outcomes;
    }

    private static String listed(List<String> problems, int max) {
        if (problems.size() <= max) {
            return String.join("; ", problems);
        }
        return String.join("; ", problems.subList(0, max)) + "; ... " + (problems.size() - max)
                + " more not listed here (max-problems-per-file is " + max + ")";
    }

    private static int rows(ClinicalBundle bundle, String file) {
        return switch (file) {
            case "clinical/patients.csv" -> bundle.patients().size();
            case "clinical/specimens.csv" -> bundle.specimens().size();
            case "clinical/lesions.csv" -> bundle.lesions().size();
            case "clinical/blood_dosimetry.csv" -> bundle.bloodDosimetry().size();
            case "clinical/lesion_dosimetry.csv" -> bundle.lesionDosimetry().size();
            case "clinical/therapies.csv" -> bundle.therapies().size();
            case "clinical/fdg.csv" -> bundle.fdgLesions().size();
            case "clinical/assessments.csv" -> bundle.assessments().size();
            case "clinical/adverse_events.csv" -> bundle.adverseEvents().size();
            case "clinical/labs.csv" -> bundle.labs().size();
            case "clinical/follow_up.csv" -> bundle.followUps().size();
            case "clinical/iodine_pet.csv" -> bundle.iodinePetScans().size();
            case "clinical/consent.csv" -> bundle.consents().rows().size();
            default -> throw new IllegalArgumentException(file + " is not a clinical file");
        };
    }
}
