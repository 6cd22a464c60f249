package org.thyrobank.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thyrobank.analysis.Report.Association;
import org.thyrobank.clinical.ClinicalBundle;
import org.thyrobank.clinical.ClinicalDerivations;
import org.thyrobank.clinical.bundle.ClinicalBundleReader;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.ExampleStudy;
import org.thyrobank.mirna.normalisation.Normalisation;
import org.thyrobank.mirna.normalisation.NormalisationMethod;
import org.thyrobank.mirna.normalisation.Normaliser;
import org.thyrobank.mirna.normalisation.PlateCq;
import org.thyrobank.mirna.normalisation.QcFlag;
import org.thyrobank.mirna.normalisation.QpcrParameters;
import org.thyrobank.mirna.normalisation.QualityControl;
import org.thyrobank.mirna.plate.PlateReader;

/**
 * The shared example study's clinical bundle and qPCR plates (copies under src/test/resources) go through the whole
 * report without the database and without its VCFs: every patient is unsequenced here, so every genomic test must
 * leave every patient out as NO_CALL. Cohort figures are those of ExampleBundleTests (checked there against an
 * independent Python reading). The whole example, VCFs included, imported and checked against R figure by figure:
 * {@link StudyExampleReportTests}.
 */
class ExampleStudyReportTests {

    private static Report report;

    @BeforeAll
    static void buildTheExampleReport() throws URISyntaxException {
        Path clinical = Path.of(ExampleStudyReportTests.class
                .getResource("/org/thyrobank/clinical/study-example/clinical")
                .toURI());
        ClinicalBundle bundle = ClinicalBundleReader.read(clinical);
        AssayPanel panel = AssayPanel.fromReference();
        QpcrParameters parameters = QpcrParameters.fromReference();
        var reader = new PlateReader(ExampleStudy.specimens(), panel);
        List<PlateCq> values = new ArrayList<>();
        for (String plate : ExampleStudy.PLATES) {
            values.addAll(PlateCq.of(
                    plate, reader.read(plate, ExampleStudy.bytes(ExampleStudy.ROOT + "qpcr/" + plate + ".csv"))));
        }
        List<QcFlag> flags = new QualityControl(parameters, panel).flags(values);
        Normalisation mirna = new Normaliser(panel, parameters, ExampleStudy.specimens())
                .normalise(values, new NormalisationMethod.GlobalMean());
        report = ReportBuilder.build(new ReportInput(
                ClinicalDerivations.derive(bundle), bundle, Map.of(), mirna, flags, "global-mean", false, 0.2));
    }

    @Test
    void cohortAndPrimaryEndpointAreTheBundlesFigures() {
        // the independent reading of ExampleBundleTests: 60 enrolled, 59 with dosimetry, 7 exited, 51 treated,
        // 45 evaluable of whom 15 reach SOFT_TISSUE_CR
        assertThat(report.cohort()).isEqualTo(new Report.Cohort(60, 45));
        assertThat(report.populations())
                .extracting(
                        Report.Populations::enrolled,
                        Report.Populations::dosimetry,
                        Report.Populations::exited,
                        Report.Populations::treated,
                        Report.Populations::evaluable)
                .containsExactly(60, 59, 7, 51, 45);
        assertThat(report.primaryEndpoint().evaluable()).isEqualTo(45);
        assertThat(report.primaryEndpoint().responders()).isEqualTo(15);
        assertThat(report.primaryEndpoint().leftOut()).containsEntry("not_evaluable", 15);
    }

    @Test
    void withoutSequencingEveryGenomicTestLeavesEveryPatientOutAsNoCall() {
        assertThat(report.associations())
                .filteredOn(a -> !a.factor().startsWith("FDG_POSITIVE"))
                .allSatisfy(a -> {
                    assertThat(a.n()).isZero();
                    assertThat(a.pValue()).isEqualTo(1.0);
                });
        assertThat(report.associations())
                .filteredOn(a -> a.factor().startsWith("FDG_POSITIVE"))
                .extracting(Association::n)
                .allMatch(n -> n > 0);
        assertThat(report.mirna())
                .filteredOn(
                        t -> t.test().equals("pre_by_BRAF_V600E") || t.test().equals("pre_by_TERT_PROMOTER"))
                .allSatisfy(t -> assertThat(t.pValue()).isNull());
    }

    @Test
    void everyMirnaDetectedEverywhereHasEveryTestWithQValues() {
        assertThat(report.mirnaQc().testedMirnas()).isNotEmpty();
        assertThat(report.mirna())
                .hasSize(7 * report.mirnaQc().testedMirnas().size())
                .filteredOn(
                        t -> !t.test().equals("pre_by_BRAF_V600E") && !t.test().equals("pre_by_TERT_PROMOTER"))
                .allSatisfy(t -> assertThat(t.pValue()).isBetween(0.0, 1.0));
        assertThat(report.correlations())
                .hasSize(1 + report.mirnaQc().testedMirnas().size());
        assertThat(report.correlations().get(0).n()).isPositive();
    }

    @Test
    void descriptiveTablesCoverTheCohort() {
        assertThat(report.responseRates().bestResponse().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(report.populations().evaluable());
        assertThat(report.dosimetry()).hasSize(60);
        assertThat(report.toxicity().labNadirs()).isNotEmpty();
        assertThat(report.toxicity().terms()).isNotEmpty();
        assertThat(ReportHtml.write(report)).contains("<svg").doesNotContain("http");
    }
}
