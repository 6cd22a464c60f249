package org.thyrobank.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * A realistic synthetic study bundle (docs/study-bundle.md) for the demo: by design 60 patients from Milan and
 * Negrar, all with 124I dosimetry, 5 of whom exit to standard care there (docs/analyses.md) and 46 of the 55 treated
 * are evaluable at 6 months ({@link Quotas}; a larger cohort keeps these rates), with clinical files (the 6-month FDG
 * and 124I PET scans and adverse event attributions included), sequencing runs (GRCh38 Mutect2 tumour-only, GRCh37
 * Strelka2 tumour/normal) and qPCR plates (long CSV, every third a QuantStudio results export). The same seed and
 * size always write the same bytes.
 */
public final class SyntheticCohort {

    /** The size the cohort is designed for, and the smallest: the rarest designed event falls on one patient in 60. */
    public static final int DESIGNED_PATIENTS = 60;

    public static final int MAXIMUM_PATIENTS = 100_000;

    /** What was written: the patients, how many of them are evaluable (docs/analyses.md), and the number of files. */
    public record Summary(int patients, int evaluable, int filesWritten) {}

    private SyntheticCohort() {}

    /** The designed 60-patient bundle: {@link #write(Path, long, int)}. */
    public static Summary write(Path studyDir, long seed) {
        return write(studyDir, seed, DESIGNED_PATIENTS);
    }

    /**
     * Writes a bundle of {@code patients} patients into {@code studyDir}, which must be missing or empty: files left
     * from another bundle would be imported with this one.
     *
     * @throws IllegalArgumentException when the folder already holds something, or {@code patients} is outside
     *     {@value #DESIGNED_PATIENTS} to {@value #MAXIMUM_PATIENTS}
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    public static Summary write(Path studyDir, long seed, int patients) {
        Quotas quotas = new Quotas(patients);
        BundleOutput out = BundleOutput.intoEmptyFolder(studyDir);
        Draw plan = Draw.forPart(seed, "plan");
        List<Patient> cohort = CohortPlan.deal(quotas, plan).stream()
                .map(p -> PatientFactory.make(p, Draw.forPart(seed, p.id())))
                .toList();
        new ClinicalWriter(cohort, seed).writeTo(out);
        new ToxicityWriter(cohort, seed).writeTo(out);
        new SequencingWriter(cohort, seed).writeTo(out);
        new QpcrWriter(cohort, quotas.haemolysed(), seed).writeTo(out);
        int evaluable = (int) cohort.stream().filter(Patient::evaluable).count();
        return new Summary(cohort.size(), evaluable, out.filesWritten());
    }
}
