package org.thyrobank.web.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.analysis.Report;
import org.thyrobank.analysis.ReportJson;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.clinical.ClinicalQueries;
import org.thyrobank.clinical.Consent;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.clinical.Specimen;
import org.thyrobank.export.CbioportalExport;
import org.thyrobank.export.TidyCsvExport;
import org.thyrobank.genomics.HotspotQueries;
import org.thyrobank.genomics.SequencedFile;
import org.thyrobank.genomics.SequencingRuns;
import org.thyrobank.genomics.vcf.GenomeBuild;
import org.thyrobank.mirna.QpcrQueries;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditLog;
import org.thyrobank.platform.audit.AuditQuery;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.StudyImport;
import org.thyrobank.web.ServedCohort;
import org.thyrobank.web.TestHttp;

/**
 * Each consent scope enforced where figures, pages, API rows and exports are made: a synthetic cohort is imported,
 * then imported again with a consent.csv in which five patients each lack one thing - CLINICAL_RESEARCH (no row at
 * all), CLINICAL_RESEARCH withdrawn (STOP_ALL_USE), GENOMICS, MIRNA, DATA_SHARING - and everyone else consented to all.
 */
class ConsentEnforcementTests {

    private static final String PASSWORD = ServedCohort.PASSWORD;
    private static final String NO_GENOMICS = "no genomics consent";

    @TempDir
    static Path study;

    @TempDir
    static Path exports;

    private static TestApplication app;
    private static String noConsent;
    private static String withdrawn;
    private static String noGenomics;
    private static String noMirna;
    private static String noSharing;
    private static String noGenomicsTumour;
    private static String noMirnaPlasma;
    private static String noSharingTumour;
    private static List<FileOutcome> reimport;
    private static int enrolled;
    private static Report.ConsentCounts notRecorded;

    @BeforeAll
    static void importACohortThenItsConsent() throws IOException {
        app = ServedCohort.start(study);
        ClinicalQueries clinical = app.bean(ClinicalQueries.class);
        List<PatientOutcome> patients = clinical.patientOutcomes();
        enrolled = patients.size();
        Map<String, String> tumourWithCalls = new LinkedHashMap<>();
        Map<String, String> plasmaWithWells = new LinkedHashMap<>();
        for (Specimen s : clinical.specimens().values()) {
            if (s.kind() == Specimen.Kind.TUMOUR_TISSUE
                    && !app.bean(HotspotQueries.class)
                            .callsOfSpecimen(s.specimenId())
                            .isEmpty()) {
                tumourWithCalls.putIfAbsent(s.patientId(), s.specimenId());
            }
            if (s.kind().circulating()
                    && !app.bean(QpcrQueries.class).wellsOf(s.specimenId()).isEmpty()) {
                plasmaWithWells.putIfAbsent(s.patientId(), s.specimenId());
            }
        }
        List<String> both = tumourWithCalls.keySet().stream()
                .filter(plasmaWithWells::containsKey)
                .sorted()
                .toList();
        assertThat(both).hasSizeGreaterThanOrEqualTo(5);
        noConsent = both.get(0);
        withdrawn = both.get(1);
        noGenomics = both.get(2);
        noMirna = both.get(3);
        noSharing = both.get(4);
        noGenomicsTumour = tumourWithCalls.get(noGenomics);
        noMirnaPlasma = plasmaWithWells.get(noMirna);
        noSharingTumour = tumourWithCalls.get(noSharing);

        List<String> consent = new ArrayList<>(List.of("patient_id,scope,given_on,withdrawn_on,withdrawal"));
        for (PatientOutcome p : patients) {
            for (Consent.Scope scope : Consent.Scope.values()) {
                String id = p.patientId();
                if (id.equals(noConsent)
                        || id.equals(noGenomics) && scope == Consent.Scope.GENOMICS
                        || id.equals(noMirna) && scope == Consent.Scope.MIRNA
                        || id.equals(noSharing) && scope == Consent.Scope.DATA_SHARING) {
                    continue;
                }
                boolean withdraws = id.equals(withdrawn) && scope == Consent.Scope.CLINICAL_RESEARCH;
                consent.add(id + "," + scope + ",2015-01-01," + (withdraws ? "2024-06-01," : ","));
            }
        }
        Files.write(study.resolve("clinical/consent.csv"), consent);
        notRecorded = app.bean(ReportService.class)
                .report(ReportOptions.defaults())
                .orElseThrow()
                .consent();
        reimport = app.bean(StudyImport.class).importStudy(study);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theConsentFileIsImportedAndAuditedOncePerImportThatChangedIt() {
        assertThat(outcome("clinical/consent.csv").outcome()).isEqualTo(FileOutcome.Outcome.IMPORTED);
        assertThat(audited()).hasSize(1);
        assertThat(audited().get(0).detail())
                .contains("CLINICAL_RESEARCH 2", "GENOMICS 2", "MIRNA 2", "DATA_SHARING 2");

        app.bean(StudyImport.class).importStudy(study);

        assertThat(audited())
                .as("an unchanged consent.csv is not audited again")
                .hasSize(1);
    }

    @Test
    void beforeConsentCsvTheReportSaysConsentIsNotRecordedAndExcludesNobody() {
        assertThat(notRecorded.recorded()).isFalse();
        assertThat(notRecorded.note()).isEqualTo("consent not recorded");
        assertThat(notRecorded.excludedCounts()).isEmpty();
    }

    @Test
    void aVcfOfAPatientWithoutGenomicsConsentIsSkippedAndTheRestOfItsRunImported() {
        String vcf = app.bean(HotspotQueries.class).sequencedFiles().stream()
                .filter(f -> f.specimenId().equals(noGenomicsTumour))
                .map(SequencedFile::sourceFile)
                .findFirst()
                .orElseThrow();
        assertThat(outcome(vcf).line()).isEqualTo(vcf + ": skipped: no genomics consent");
        List<FileOutcome> skipped =
                reimport.stream().filter(o -> NO_GENOMICS.equals(o.detail())).toList();
        assertThat(skipped)
                .as("no GENOMICS row, or no CLINICAL_RESEARCH at all: the run's VCFs of these patients only")
                .hasSize(3)
                .allMatch(o -> Stream.of(noGenomics, noConsent, withdrawn)
                        .anyMatch(id -> o.relativePath().contains(id)));
        assertThat(reimport)
                .filteredOn(o -> o.relativePath().contains(".vcf") && !skipped.contains(o))
                .isNotEmpty()
                .allMatch(o -> o.outcome() == FileOutcome.Outcome.UNCHANGED);
    }

    @Test
    void theReportLeavesOutWhoWithdrewRightAfterEnrolledAndCountsEveryExclusion() {
        Report report =
                app.bean(ReportService.class).report(ReportOptions.defaults()).orElseThrow();

        assertThat(report.populations().enrolled()).isEqualTo(enrolled);
        assertThat(report.cohort().patients()).isEqualTo(enrolled - 2);
        assertThat(report.populations().leftOut())
                .filteredOn(e -> e.reason().equals("CONSENT_WITHDRAWN"))
                .extracting(Report.PopulationExit::patientId, Report.PopulationExit::step)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(noConsent, "enrolled"),
                        org.assertj.core.groups.Tuple.tuple(withdrawn, "enrolled"));
        assertThat(report.consent().recorded()).isTrue();
        assertThat(report.consent().excludedCounts())
                .isEqualTo(Map.of("CLINICAL_RESEARCH", 2, "GENOMICS", 2, "MIRNA", 2, "DATA_SHARING", 2));
        assertThat(report.consent().excluded().get("GENOMICS")).containsExactlyInAnyOrder(noConsent, noGenomics);
        assertThat(report.consent().excluded().get("MIRNA")).containsExactlyInAnyOrder(noConsent, noMirna);
        assertThat(report.consent().excluded().get("DATA_SHARING")).containsExactlyInAnyOrder(noConsent, noSharing);
        assertThat(ReportJson.write(report)).contains("\"excluded_counts\"");
        assertThat(report.associations())
                .filteredOn(a -> a.outcome().equals("IODINE_REFRACTORY"))
                .allSatisfy(a -> assertThat(a.leftOut().get("consent_withdrawn"))
                        .as(a.factor())
                        .isEqualTo(a.factor().equals("FDG_POSITIVE") ? null : 1));
    }

    @Test
    void withoutGenomicsConsentTheHotspotStatusAndCallsAreNotUsed() {
        HotspotQueries hotspots = app.bean(HotspotQueries.class);
        assertThat(hotspots.patientStatuses()).doesNotContainKeys(noGenomics, noConsent, withdrawn);
        assertThat(hotspots.patientStatuses()).containsKeys(noMirna, noSharing);
        assertThat(hotspots.callsOfSpecimen(noGenomicsTumour)).isEmpty();
        assertThat(hotspots.callsOfSpecimen(noSharingTumour)).isNotEmpty();
    }

    @Test
    void withoutMirnaConsentTheQpcrValuesAreInNoTest() {
        QpcrQueries qpcr = app.bean(QpcrQueries.class);
        var normalised = qpcr.normalise(
                org.thyrobank.mirna.normalisation.NormalisationMethod.parse("global-mean", qpcr.panel()), false);
        Set<String> patients = new TreeSet<>();
        normalised.deltaCq().forEach(d -> patients.add(d.patientId()));
        assertThat(patients).doesNotContain(noMirna, noConsent, withdrawn).contains(noGenomics, noSharing);
        assertThat(qpcr.wellsOf(noMirnaPlasma)).isEmpty();
        assertThat(qpcr.qcFlags()).noneMatch(f -> f.specimenId().equals(noMirnaPlasma));
    }

    @Test
    void theLabsRunPageShowsNoCallOrVcfLineConsentWithholds() {
        SequencedFile vcf = app.bean(HotspotQueries.class).sequencedFiles().stream()
                .filter(f -> f.specimenId().equals(noGenomicsTumour))
                .findFirst()
                .orElseThrow();
        SequencingRuns runs = app.bean(SequencingRuns.class);
        SequencingRuns.RunDetail run = runs.run(vcf.runId()).orElseThrow();
        assertThat(run.specimens())
                .isNotEmpty()
                .extracting(SequencingRuns.SpecimenCalls::specimenId)
                .doesNotContain(noGenomicsTumour);
        assertThat(runs.vcfLines(vcf.runId(), noGenomicsTumour, "BRAF_V600E")).isEmpty();
        // the run list's tallies count the calls shown, not the withheld specimen's stored calls
        SequencingRuns.RunSummary summary = runs.runs().stream()
                .filter(r -> r.runId().equals(vcf.runId()))
                .findFirst()
                .orElseThrow();
        long shownCalls = run.specimens().stream()
                .mapToLong(specimen -> specimen.calls().size())
                .sum();
        assertThat(summary.mutant() + summary.wildType() + summary.noCall()).isEqualTo(shownCalls);
        assertThat(summary.specimens())
                .as("withheld specimens still counted")
                .isGreaterThan(run.specimens().size());
    }

    @Test
    void theApiShowsNoRowOfWhoWithdrewAndNoCallOrWellConsentWithholds() throws Exception {
        TestHttp http = TestHttp.of(app);
        String patients = http.get("/api/v1/patients", "researcher", PASSWORD).body();
        assertThat(patients).doesNotContain("\"" + noConsent + "\"", "\"" + withdrawn + "\"");
        assertThat(patients).contains("\"" + noSharing + "\"", "\"" + noGenomics + "\"");
        String specimens = http.get("/api/v1/specimens", "lab", PASSWORD).body();
        assertThat(specimens).doesNotContain("\"" + noConsent + "\"").contains("\"" + noMirna + "\"");
        assertThat(http.get("/api/v1/specimens/" + noGenomicsTumour + "/hotspot-calls", "lab", PASSWORD)
                        .body())
                .isEqualTo("[]");
        assertThat(http.get("/api/v1/qpcr-values?specimen=" + noMirnaPlasma, "lab", PASSWORD)
                        .body())
                .isEqualTo("[]");
    }

    @Test
    void thePagesShowNoRowOfWhoWithdrew() throws Exception {
        TestHttp researcher = TestHttp.of(app);
        researcher.signIn("researcher", PASSWORD);
        String cohort = researcher.get("/research/cohort").body();
        assertThat(cohort)
                .doesNotContain(">" + noConsent + "<", ">" + withdrawn + "<")
                .contains(noSharing);
        String populations = researcher.get("/research/populations").body();
        assertThat(populations).contains("consent withdrawn");
    }

    @Test
    void theAdministratorsSeeConsentPerPatientAndScopeAndNobodyElseDoes() throws Exception {
        TestHttp admin = TestHttp.of(app);
        admin.signIn("boss", PASSWORD);
        String page = admin.get("/consent").body();
        assertThat(page).contains(noConsent, withdrawn, "withdrawn 2024-06-01 (STOP_ALL_USE)", "no consent");
        assertThat(page).contains("<code>DATA_SHARING</code>");

        TestHttp researcher = TestHttp.of(app);
        researcher.signIn("researcher", PASSWORD);
        assertThat(researcher.get("/consent").statusCode()).isEqualTo(403);
    }

    @Test
    void bothExportsLeaveOutWhoDidNotConsentToDataSharing() throws Exception {
        Path csv = exports.resolve("csv");
        app.bean(TidyCsvExport.class).write(csv, "researcher");
        String patients = Files.readString(csv.resolve("patients.csv"));
        assertThat(patients).doesNotContain(noSharing, noConsent, withdrawn).contains(noGenomics, noMirna);
        String calls = Files.readString(csv.resolve("hotspot_calls.csv"));
        assertThat(calls).doesNotContain(noSharing, noGenomics).contains(noMirna);
        String dcq = Files.readString(csv.resolve("mirna_dcq.csv"));
        assertThat(dcq).doesNotContain(noSharing, noMirna).contains(noGenomics);
        assertThat(Files.readString(csv.resolve("lesions.csv"))).doesNotContain(noSharing);
        // the provenance names no file of a patient left out (their VCFs are named after their specimens)
        assertThat(Files.readString(csv.resolve("provenance.json")))
                .doesNotContain(noSharing, noConsent)
                .containsPattern("\"inputs_withheld\" : [1-9]")
                .contains(noGenomics);

        Path cbioportal = exports.resolve("cbioportal");
        app.bean(CbioportalExport.class).write(cbioportal, GenomeBuild.GRCh38, "researcher");
        try (Stream<Path> files = Files.walk(cbioportal)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(noSharing, noConsent);
            }
        }
        assertThat(Files.readString(cbioportal.resolve("data_clinical_patient.txt")))
                .contains(noGenomics, noMirna);
        assertThat(Files.readString(cbioportal.resolve("provenance.json")))
                .containsPattern("\"inputs_withheld\" : [1-9]");
    }

    private static FileOutcome outcome(String path) {
        return reimport.stream()
                .filter(o -> o.relativePath().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no outcome for " + path + " in " + reimport));
    }

    private static List<org.thyrobank.platform.audit.AuditEntry> audited() {
        return app.bean(AuditLog.class).find(new AuditQuery(null, AuditAction.CONSENT_CHANGED, null, null, 100, 0));
    }
}
