package org.thyrobank.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.thyrobank.analysis.PatientFactors;
import org.thyrobank.clinical.Patient;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.genomics.HotspotCallRow;
import org.thyrobank.genomics.vcf.GenomeBuild;
import org.thyrobank.genomics.vcf.Hotspot;

/**
 * A cBioPortal study folder (docs.cbioportal.org/file-formats): {@code meta_study.txt}; patient and sample clinical
 * files, each with its meta file and the four header lines (display names, descriptions, datatypes, priorities);
 * the hotspot MUTANT calls as a MAF with {@code meta_mutations.txt}; and the sequenced case list the mutation
 * profile needs. Samples are the tumour specimens; the patient attributes are the trial's.
 */
public final class CbioportalStudy {

    public static final String STUDY_ID = "thyroid_131i_dosimetry";
    static final List<String> FILES = List.of("meta_study.txt", "meta_clinical_patient.txt", "data_clinical_patient.txt",
            "meta_clinical_sample.txt", "data_clinical_sample.txt", "meta_mutations.txt", "data_mutations.txt",
            "case_lists/cases_sequenced.txt");

    /**
     * @param sequenced   the tumour specimens with at least one stored hotspot call
     * @param mutantCalls their MUTANT calls; the first of a specimen's calls of a hotspot counts
     * @param hotspots    the catalogue by hotspot id
     * @param build       the study's reference genome: the catalogue places every hotspot on both builds, so calls
     *                    made on either are written on this one
     */
    public record Input(List<PatientOutcome> patients, PatientFactors factors, List<Specimen> tumourSpecimens,
                        Set<String> sequenced, List<HotspotCallRow> mutantCalls, Map<String, Hotspot> hotspots,
                        GenomeBuild build) {
    }

    private CbioportalStudy() {
    }

    /** Writes the files into {@code dir} (created if missing) and answers their paths relative to it. */
    public static List<String> write(Path dir, Input input) throws IOException {
        Files.createDirectories(dir.resolve("case_lists"));
        Set<String> samples = input.tumourSpecimens().stream().map(Specimen::specimenId)
                .collect(Collectors.toCollection(TreeSet::new));
        List<HotspotCallRow> calls = uniqueCalls(input.mutantCalls(), samples);
        write(dir, "meta_study.txt", meta("type_of_cancer", "thyroid", "cancer_study_identifier", STUDY_ID,
                "name", "Radioiodine (131I) dosimetry in metastatic differentiated thyroid cancer (thyrobank)",
                "description", "Phase II two-centre trial of dosimetry-guided 131I: tumour hotspots, response and survival.",
                "short_name", "Thyroid 131I (thyrobank)", "add_global_case_list", "true",
                "reference_genome", input.build() == GenomeBuild.GRCh38 ? "hg38" : "hg19"));
        write(dir, "meta_clinical_patient.txt", clinicalMeta("PATIENT_ATTRIBUTES", "data_clinical_patient.txt"));
        write(dir, "data_clinical_patient.txt", ClinicalAttribute.file(CbioportalColumns.patient(input.factors()), input.patients()));
        Map<String, PatientOutcome> patients = input.patients().stream()
                .collect(Collectors.toMap(PatientOutcome::patientId, p -> p, (a, b) -> a, LinkedHashMap::new));
        List<CbioportalColumns.Sample> sampleRows = input.tumourSpecimens().stream()
                .filter(s -> patients.containsKey(s.patientId()))
                .map(s -> new CbioportalColumns.Sample(s, patients.get(s.patientId()).histology())).toList();
        write(dir, "meta_clinical_sample.txt", clinicalMeta("SAMPLE_ATTRIBUTES", "data_clinical_sample.txt"));
        write(dir, "data_clinical_sample.txt", ClinicalAttribute.file(CbioportalColumns.sample(), sampleRows));
        write(dir, "meta_mutations.txt", meta("cancer_study_identifier", STUDY_ID,
                "genetic_alteration_type", "MUTATION_EXTENDED", "datatype", "MAF", "stable_id", "mutations",
                "show_profile_in_analysis_tab", "true", "profile_name", "Hotspot mutations",
                "profile_description", "Catalogue hotspots called MUTANT in tumour tissue by the thyrobank sequencing import.",
                "data_filename", "data_mutations.txt"));
        write(dir, "data_mutations.txt", Maf.of(calls, input.hotspots(), input.build()));
        write(dir, "case_lists/cases_sequenced.txt", meta("cancer_study_identifier", STUDY_ID,
                "stable_id", STUDY_ID + "_sequenced", "case_list_name", "Sequenced tumours",
                "case_list_description", "Tumour specimens with hotspot calls (" + sequencedIds(input).size() + " samples)",
                "case_list_category", "all_cases_with_mutation_data",
                "case_list_ids", String.join("\t", sequencedIds(input))));
        return FILES;
    }

    private static List<HotspotCallRow> uniqueCalls(List<HotspotCallRow> calls, Set<String> samples) {
        Map<String, HotspotCallRow> unique = new LinkedHashMap<>();
        calls.stream().filter(c -> samples.contains(c.specimenId()))
                .forEach(c -> unique.putIfAbsent(c.specimenId() + "\t" + c.hotspot(), c));
        return new ArrayList<>(unique.values());
    }

    private static List<String> sequencedIds(Input input) {
        return input.tumourSpecimens().stream().map(Specimen::specimenId).filter(input.sequenced()::contains).toList();
    }

    private static String clinicalMeta(String datatype, String file) {
        return meta("cancer_study_identifier", STUDY_ID, "genetic_alteration_type", "CLINICAL",
                "datatype", datatype, "data_filename", file);
    }

    private static String meta(String... keyValues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < keyValues.length; i += 2) {
            out.append(keyValues[i]).append(": ").append(keyValues[i + 1]).append('\n');
        }
        return out.toString();
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static String oncotreeCode(Patient.Histology histology) {
        return switch (histology) {
            case PAPILLARY -> "THPA";
            case FOLLICULAR -> "THFO";
            case ONCOCYTIC -> "THHC";
            case POORLY_DIFFERENTIATED -> "THPD";
        };
    }
}
