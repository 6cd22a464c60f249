package org.thyrobank.clinical.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifyingColumnsTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "name",
                "surname",
                "first_name",
                "last_name",
                "Patient Name",
                "date_of_birth",
                "DOB",
                "birth_date",
                "fiscal_code",
                "codice_fiscale",
                "mrn",
                "hospital_mrn",
                "ssn",
                "address",
                "home_address",
                "phone",
                "phone_number",
                "email"
            })
    void columnsNamingAPersonLookIdentifying(String header) {
        assertThat(IdentifyingColumns.looksIdentifying(header)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"patient_id", "birth_year", "lesion_id", "term", "histology", "centre", "comment", "uptake_pct"})
    void theBundleColumnsAndOrdinaryExtrasDoNot(String header) {
        assertThat(IdentifyingColumns.looksIdentifying(header)).isFalse();
    }
}
