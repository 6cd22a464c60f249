package org.thyrobank.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.thyrobank.analysis.Report.Cohort;
import org.thyrobank.analysis.Report.ConsentCounts;
import org.thyrobank.analysis.Report.HotspotCalls;
import org.thyrobank.analysis.Report.MirnaQc;
import org.thyrobank.analysis.Report.QcFlagRow;
import org.thyrobank.clinical.Consent;
import org.thyrobank.clinical.ConsentExclusions;
import org.thyrobank.clinical.PatientOutcome;
import org.thyrobank.mirna.normalisation.QcFlag;

/**
 * Computes the report from the derived clinical data, the patients' hotspot statuses and the normalised miRNA,
 * with the statistics of {@code analysis.stats} (each the R function docs/analyses.md names). Plain Java.
 */
public final class ReportBuilder {

    private ReportBuilder() {}

    public static Report build(ReportInput input) {
        List<PatientOutcome> patients = input.clinical().patients();
        PatientFactors factors = new PatientFactors(
                input.hotspotStatuses(),
                Set.copyOf(input.consent().excluded().getOrDefault(Consent.Scope.GENOMICS, List.of())),
                Set.copyOf(input.preliminary().patients()));
        PlanSettings settings = PlanSettings.fromReference();
        int evaluable =
                (int) patients.stream().filter(PatientOutcome::evaluable).count();
        return new Report(
                new Cohort(patients.size(), evaluable),
                Populations.of(patients, input.consent().withdrawnFromResearch()),
                Endpoints.primary(patients, input.nullRate()),
                Endpoints.responseRates(patients),
                Associations.all(patients, factors),
                SurvivalAnalyses.all(patients, factors),
                SurvivalAnalyses.followUp(patients),
                Safety.toxicity(patients, input.bundle(), ClinicalTables.labNadirs(input.clinical()), settings),
                DoseResponseAnalysis.of(patients, input.clinical().lesionDoses()),
                Safety.deviations(patients, input.bundle(), settings),
                MirnaAnalyses.all(input.mirna(), patients, flaggedSpecimens(input), factors),
                mirnaQc(input),
                Correlations.all(input.bundle(), input.mirna(), patients),
                ScanAnalyses.fdgChange(patients, input.bundle()),
                ScanAnalyses.iodinePet(
                        patients, input.bundle(), input.clinical().lesionDoses()),
                ScanAnalyses.cumulativeActivity(patients, input.bundle()),
                ClinicalTables.dosimetry(patients),
                hotspotCalls(input.preliminary()),
                consentCounts(input.consent()),
                null);
    }

    private static HotspotCalls hotspotCalls(PreliminaryCalls preliminary) {
        if (!preliminary.leftOut()) {
            return new HotspotCalls(false, "every stored call used, signed out or not", 0, List.of(), 0);
        }
        return new HotspotCalls(
                true,
                "calls of runs signed out by a second lab member only",
                preliminary.patients().size(),
                preliminary.patients(),
                preliminary.calls());
    }

    private static ConsentCounts consentCounts(ConsentExclusions consent) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, List<String>> excluded = new LinkedHashMap<>();
        Map<String, List<String>> stopNewData = new LinkedHashMap<>();
        if (consent.recorded()) {
            for (Consent.Scope scope : Consent.Scope.values()) {
                counts.put(scope.name(), consent.excluded().get(scope).size());
                excluded.put(scope.name(), consent.excluded().get(scope));
                stopNewData.put(scope.name(), consent.stopNewData().get(scope));
            }
        }
        return new ConsentCounts(
                consent.recorded(),
                consent.recorded() ? "consent recorded" : "consent not recorded",
                counts,
                excluded,
                stopNewData);
    }

    private static Set<String> flaggedSpecimens(ReportInput input) {
        return input.qcFlags().stream().map(QcFlag::specimenId).collect(Collectors.toSet());
    }

    private static MirnaQc mirnaQc(ReportInput input) {
        List<QcFlagRow> flags = input.qcFlags().stream()
                .map(f -> new QcFlagRow(f.plate(), f.specimenId(), f.issue().name(), f.detail()))
                .toList();
        if (input.mirna() == null) {
            return new MirnaQc(input.normalisation(), List.of(), List.of(), input.flaggedExcluded(), flags);
        }
        return new MirnaQc(
                input.normalisation() == null ? input.mirna().method().spec() : input.normalisation(),
                input.mirna().normaliserAssays(),
                MirnaAnalyses.detectedEverywhere(input.mirna()),
                input.flaggedExcluded(),
                flags);
    }
}
