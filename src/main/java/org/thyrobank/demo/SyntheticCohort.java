package org.thyrobank.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * A realistic synthetic study bundle (docs/study-bundle.md) for the demo: 60 patients from Milan and Negrar, all with
 * 124I dosimetry, 5 of whom exit to standard care there (docs/analyses.md) and 46 of the 55 treated are evaluable
 * at 6 months ({@link CohortPlan}), with clinical files (the 6-month FDG and 124I PET scans and adverse event
 * attributions included), two sequencing runs (GRCh38 Mutect2 tumour-only, GRCh37 Strelka2 tumour/normal) and qPCR
 * plates (long CSV, every third a QuantStudio results export). The same seed always writes the same bytes.
 */
public final class SyntheticCohort {

    /** What was written: the patients, how many of them are evaluable (docs/analyses.md), and the number of files. */
    public record Summary(int patients, int evaluable, int filesWritten) {}

    private SyntheticCohort() {}

    /**
     * Writes the bundle into {@code studyDir}, which must be missing or empty: files left from another
     * bundle would be imported with this one.
     *
     * @throws IllegalArgumentException when the folder already holds something
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    public static Summary write(Path studyDir, long seed) {
        BundleOutput out = BundleOutput.intoEmptyFolder(studyDir);
        Draw plan = Draw.forPart(seed, "plan");
        List<Patient> patients = CohortPlan.deal(plan).stream()
                .map(p -> PatientFactory.make(p, Draw.forPart(seed, p.id())))
                .toList();
        new ClinicalWriter(patients, seed).writeTo(out);
        new ToxicityWriter(patients, seed).writeTo(out);
        new SequencingWriter(patients, seed).writeTo(out);
        new QpcrWriter(patients, seed).writeTo(out);
        int evaluable = (int) patients.stream().filter(Patient::evaluable).count();
        return new Summary(patients.size(), evaluable, out.filesWritten());
    }
}
