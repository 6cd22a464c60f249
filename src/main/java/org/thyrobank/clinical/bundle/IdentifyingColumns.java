package org.thyrobank.clinical.bundle;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Tells header names that look like direct identifiers: the service stores pseudonymous codes only, so a file
 * with such a column is rejected. A column is identifying when its whole name is a known identifier
 * ({@code date_of_birth}, {@code fiscal_code}) or one of its words is ({@code name}, {@code mrn}):
 * {@code patient_name} is caught, {@code birth_year} is not.
 */
final class IdentifyingColumns {

    private static final Set<String> NAMES = Set.of(
            "date_of_birth",
            "birth_date",
            "birthdate",
            "fiscal_code",
            "codice_fiscale",
            "tax_code",
            "medical_record_number",
            "hospital_number",
            "health_card",
            "insurance_number",
            "social_security_number",
            "nhs_number",
            "zip_code",
            "post_code");

    private static final Set<String> WORDS = Set.of(
            "name",
            "names",
            "surname",
            "firstname",
            "lastname",
            "forename",
            "dob",
            "mrn",
            "ssn",
            "address",
            "street",
            "phone",
            "telephone",
            "mobile",
            "email",
            "postcode",
            "zip",
            "initials",
            "cf");

    private IdentifyingColumns() {}

    static boolean looksIdentifying(String header) {
        String normalised = header.trim()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
        return NAMES.contains(normalised)
                || Arrays.stream(normalised.split("_")).anyMatch(WORDS::contains);
    }
}
