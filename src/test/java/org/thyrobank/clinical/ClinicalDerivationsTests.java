package org.thyrobank.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thyrobank.clinical.bundle.ClinicalBundleReader;

class ClinicalDerivationsTests {

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(ClinicalDerivationsTests.class
                .getResource("/org/thyrobank/clinical/bundle/" + name)
                .toURI());
    }

    @Test
    void derivesTheSmallValidBundle() throws URISyntaxException {
        DerivedClinical derived = ClinicalDerivations.derive(ClinicalBundleReader.read(fixture("valid")));

        PatientOutcome mi001 = derived.patient("MI-001").orElseThrow();
        // lung 20 -> 0 mm and node 15 -> 12 mm on day 191: PR; the node did not disappear
        assertThat(mi001.bestOverallResponse()).isEqualTo(OverallResponse.PR);
        assertThat(mi001.softTissueCrAllTreated()).isFalse();
        // MTA 2 / 0.25 = 8 GBq: the node (7.999 Gy/GBq) reaches 63.99 Gy there, below 80: the patient exits the
        // protocol (IODINE_REFRACTORY) and is neither treated nor evaluable on it, whatever therapy was given
        assertThat(mi001.inDosimetry()).isTrue();
        assertThat(mi001.exitToStandardCare()).isTrue();
        assertThat(mi001.iodineRefractory()).isTrue();
        assertThat(mi001.treated()).isFalse();
        assertThat(mi001.evaluable()).isFalse();
        assertThat(mi001.softTissueCr()).isNull();
        assertThat(mi001.radioresistant()).isNull();
        assertThat(AnalysisPopulation.leftOut(mi001)).isEqualTo(AnalysisPopulation.Reason.EXIT_TO_STANDARD_CARE);
        // 16 x 10 = 160 Gy, 7.999 x 10 = 79.99 Gy at the administered 10 GBq
        assertThat(mi001.lowestSoftTissueDoseGy()).isEqualByComparingTo("79.99");
        assertThat(mi001.recommendedActivity()).isEqualByComparingTo("8");
        assertThat(mi001.fdgPositive()).isTrue();
        assertThat(mi001.pfsEvent()).isFalse();

        PatientOutcome vr001 = derived.patient("VR-001").orElseThrow();
        // a new lesion on day 92 makes PD although the liver lesion shrank from 30 to 20.5 mm
        assertThat(vr001.bestOverallResponse()).isEqualTo(OverallResponse.PD);
        assertThat(vr001.evaluable()).isFalse();
        assertThat(vr001.softTissueCr()).isNull();
        assertThat(vr001.radioresistant()).isNull();
        assertThat(vr001.fdgPositive()).isFalse();
        assertThat(vr001.pfsMonths()).isEqualTo(92 / 30.4375);
        assertThat(vr001.osEvent()).isTrue();
    }

    @Test
    void labNadirsAreGradedInTheGradingUnit() throws URISyntaxException {
        DerivedClinical derived = ClinicalDerivations.derive(ClinicalBundleReader.read(fixture("valid")));

        // 74000 /mm3 = 74 x10^9/L (grade 2), 9.9 g/dL = 99 g/L (grade 2); the pre-therapy platelets are left out
        assertThat(derived.labNadirs())
                .filteredOn(n -> n.patientId().equals("MI-001"))
                .extracting(LabNadir::test, LabNadir::grade)
                .containsExactly(tuple(LabValue.Analyte.PLATELETS, 2), tuple(LabValue.Analyte.HEMOGLOBIN, 2));
    }

    @Test
    void aPatientWithoutDosimetryOrFollowUpHasThoseOutcomesUndefined() throws URISyntaxException {
        DerivedClinical derived = ClinicalDerivations.derive(ClinicalBundleReader.read(fixture("warnings")));

        PatientOutcome p = derived.patient("MI-001").orElseThrow();
        assertThat(p.evaluable()).isFalse();
        assertThat(p.iodineRefractory()).isNull();
        assertThat(p.mta()).isNull();
        assertThat(p.fdgPositive()).isNull();
        assertThat(p.pfsMonths()).isNull();
        assertThat(p.osEvent()).isNull();
    }

    @Test
    void withoutPatientsCsvEveryPatientAnyFileNamesIsDerived() {
        ClinicalBundle bundle = new ClinicalBundle(
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new Therapy("VR-002", LocalDate.of(2022, 1, 1), BigDecimal.ONE)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new FollowUp("VR-003", LocalDate.of(2023, 1, 1), null, null)),
                List.of(),
                List.of("clinical/therapies.csv", "clinical/follow_up.csv"),
                List.of());

        DerivedClinical derived = ClinicalDerivations.derive(bundle);

        assertThat(derived.patients()).extracting(PatientOutcome::patientId).containsExactly("VR-002", "VR-003");
        assertThat(derived.patients()).allSatisfy(p -> assertThat(p.centre()).isNull());
    }
}
