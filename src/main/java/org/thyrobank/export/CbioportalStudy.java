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
 * profile needs. Samples are the tumour specimens; the patient attributes are the trial's. The folder passes
 * cBioPortal's own validator ({@code importer.validateData} of cbioportal-core) with no error and one warning: the
 * study has no disease-free survival ({@code DFS_MONTHS}/{@code DFS_STATUS}), the trial measures PFS and OS.
 */
public final class CbioportalStudy {

    public static final String STUDY_ID = "thyroid_131i_dosimetry";
    /**
     * The MAF rows cBioPortal leaves out: its default list without {@code 5'Flank}, so the TERT promoter hotspots
     * (Variant_Classification 5'Flank) are loaded. Without the field cBioPortal's importer (MutationFilter of
     * cbioportal-core) already keeps 5'Flank rows of TERT (Entrez 7015) alone and labels their protein change
     * "Promoter", but its validator, which does not know that exception, reports every such row as filtered out.
     * With the field both agree: the importer drops exactly these classes and keeps 5'Flank rows, labelled
     * "Promoter" too. No other 5'Flank row can slip in: the MAF holds catalogue hotspots only (TERT's C228T and
     * C250T are the catalogue's only non-coding ones), so a 5'Flank row is there because its hotspot was curated.
     */
    static final String VARIANT_CLASSIFICATION_FILTER = "Silent, Intron, 3'UTR, 3'Flank, 5'UTR, IGR, RNA";

    static final List<String> FILES = List.of(
            "meta_study.txt",
            "meta_clinical_patient.txt",
            "data_clinical_patient.txt",
            "meta_clinical_sample.txt",
            "data_clinical_sample.txt",
            "meta_mutations.txt",
            "data_mutations.txt",
            "case_lists/cases_sequenced.txt");

    /**
     * @param sequenced   the tumour specimens with at least one stored hotspot call
     * @param mutantCalls their MUTANT calls; the first of a specimen's calls of a hotspot counts
     * @param hotspots    the catalogue by hotspot id
     * @param genes       the Entrez Gene id and UniProtKB accession of every catalogue gene
     * @param build       the study's reference genome: the catalogue places every hotspot on both builds, so calls
     *                    made on either are written on this one
     */
    public record Input(
            List<PatientOutcome> patients,
            PatientFactors factors,
            List<Specimen> tumourSpecimens,
            Set<String> sequenced,
            List<HotspotCallRow> mutantCalls,
            Map<String, Hotspot> hotspots,
            GeneIds genes,
            GenomeBuild build) {}

    private CbioportalStudy() {}

    /**
     * Writes the files into {@code dir} (created if missing) and answers their paths relative to it; an
     * {@link IllegalStateException}, before anything is written, when a catalogue gene has no ids.
     */
    public static List<String> write(Path dir, Input input) throws IOException {
        input.genes().requireAll(input.hotspots().values());
        Files.createDirectories(dir.resolve("case_lists"));
        Set<String> samples = input.tumourSpecimens().stream()
                .map(Specimen::specimenId)
                .collect(Collectors.toCollection(TreeSet::new));
        List<HotspotCallRow> calls = uniqueCalls(input.mutantCalls(), samples);
        write(
                dir,
                "meta_study.txt",
                meta(
                        "type_of_cancer",
                        "thyroid",
                        "cancer_study_identifier",
                        STUDY_ID,
                        "name",
                        "Radioiodine (131I) dosimetry in metastatic differentiated thyroid cancer (thyrobank)",
                        "description",
                        "Phase II two-centre trial of dosimetry-guided 131I: tumour hotspots, response and survival.",
                        "add_global_case_list",
                        "true",
                        "reference_genome",
                        input.build() == GenomeBuild.GRCh38 ? "hg38" : "hg19"));
        write(dir, "meta_clinical_patient.txt", clinicalMeta("PATIENT_ATTRIBUTES", "data_clinical_patient.txt"));
        write(
                dir,
                "data_clinical_patient.txt",
                ClinicalAttribute.file(CbioportalColumns.patient(input.factors()), input.patients()));
        Map<String, PatientOutcome> patients = input.patients().stream()
                .collect(Collectors.toMap(PatientOutcome::patientId, p -> p, (a, b) -> a, LinkedHashMap::new));
        List<CbioportalColumns.Sample> sampleRows = input.tumourSpecimens().stream()
                .filter(s -> patients.containsKey(s.patientId()))
                .map(s -> new CbioportalColumns.Sample(
                        s, patients.get(s.patientId()).histology()))
                .toList();
        write(dir, "meta_clinical_sample.txt", clinicalMeta("SAMPLE_ATTRIBUTES", "data_clinical_sample.txt"));
        write(dir, "data_clinical_sample.txt", ClinicalAttribute.file(CbioportalColumns.sample(), sampleRows));
        write(
                dir,
                "meta_mutations.txt",
                meta(
                        "cancer_study_identifier",
                        STUDY_ID,
                        "genetic_alteration_type",
                        "MUTATION_EXTENDED",
                        "datatype",
                        "MAF",
                        "stable_id",
                        "mutations",
                        "show_profile_in_analysis_tab",
                        "true",
                        "profile_name",
                        "Hotspot mutations",
                        "profile_description",
                        "Catalogue hotspots called MUTANT in tumour tissue by the thyrobank sequencing import.",
                        "swissprot_identifier",
                        "accession",
                        "variant_classification_filter",
                        VARIANT_CLASSIFICATION_FILTER,
                        "data_filename",
                        "data_mutations.txt"));
        write(dir, "data_mutations.txt", Maf.of(calls, input.hotspots(), input.genes(), input.build()));
        write(
                dir,
                "case_lists/cases_sequenced.txt",
                meta(
                        "cancer_study_identifier",
                        STUDY_ID,
                        "stable_id",
                        STUDY_ID + "_sequenced",
                        "case_list_name",
                        "Sequenced tumours",
                        "case_list_description",
                        "Tumour specimens with hotspot calls ("
                                + sequencedIds(input).size() + " samples)",
                        "case_list_category",
                        "all_cases_with_mutation_data",
                        "case_list_ids",
                        String.join("\t", sequencedIds(input))));
        return FILES;
    }

    private static List<HotspotCallRow> uniqueCalls(List<HotspotCallRow> calls, Set<String> samples) {
        Map<String, HotspotCallRow> unique = new LinkedHashMap<>();
        calls.stream()
                .filter(c -> samples.contains(c.specimenId()))
                .forEach(c -> unique.putIfAbsent(c.specimenId() + "\t" + c.hotspot(), c));
        return new ArrayList<>(unique.values());
    }

    private static List<String> sequencedIds(Input input) {
        return input.tumourSpecimens().stream()
                .map(Specimen::specimenId)
                .filter(input.sequenced()::contains)
                .toList();
    }

    private static String clinicalMeta(String datatype, String file) {
        return meta(
                "cancer_study_identifier",
                STUDY_ID,
                "genetic_alteration_type",
                "CLINICAL",
                "datatype",
                datatype,
                "data_filename",
                file);
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
