package org.thyrobank.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.thyrobank.NotGeneratedAheadOfTime;

/** The report is plain Java; only its Spring service (which gathers the input from the queries) may use Spring. */
class ReportModularityTests {

    @Test
    void theReportNeedsNoSpringAndNoDatabase() {
        noClasses()
                .that()
                .resideInAPackage("org.thyrobank.analysis")
                .and()
                .doNotHaveSimpleName("ReportService")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "org.apache.ibatis..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .withImportOption(new NotGeneratedAheadOfTime())
                        .importPackages("org.thyrobank.analysis"));
    }
}
