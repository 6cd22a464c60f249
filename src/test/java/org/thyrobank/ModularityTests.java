package org.thyrobank;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries of docs/architecture.md, checked on the compiled classes. */
class ModularityTests {

    private static final String[] FEATURES = {
        "org.thyrobank.clinical..",
        "org.thyrobank.genomics..",
        "org.thyrobank.mirna..",
        "org.thyrobank.analysis..",
        "org.thyrobank.export..",
        "org.thyrobank.demo.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(new NotGeneratedAheadOfTime())
                .importPackages("org.thyrobank");
    }

    @Test
    void statisticsArePlainJava() {
        noClasses()
                .that()
                .resideInAPackage("org.thyrobank.analysis.stats..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "org.apache.ibatis..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void fileParsersNeedNoSpringAndNoDatabase() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.thyrobank.genomics.vcf..",
                        "org.thyrobank.clinical.bundle..",
                        "org.thyrobank.mirna.plate..",
                        "org.thyrobank.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "org.apache.ibatis..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void htsjdkStaysInsideTheVcfPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.thyrobank.genomics.vcf..", "org.thyrobank.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("htsjdk..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void nothingDependsOnTheWebLayer() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.thyrobank.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.thyrobank.web..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** The two doors, the command line and the web, stand beside the modules: nothing else goes through them. */
    @Test
    void nothingDependsOnTheCommandLine() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.thyrobank.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.thyrobank.cli..")
                .check(classes);
    }

    @Test
    void featureModulesUseNeitherDoor() {
        noClasses()
                .that()
                .resideInAnyPackage(FEATURES)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.thyrobank.cli..", "org.thyrobank.web..")
                .check(classes);
    }

    /** platform is the ground every feature stands on; it knows none of them, nor the doors. */
    @Test
    void platformDependsOnNoFeatureModule() {
        noClasses()
                .that()
                .resideInAPackage("org.thyrobank.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FEATURES)
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("org.thyrobank.cli..", "org.thyrobank.web..")
                .check(classes);
    }

    @Test
    void persistenceIsReachedOnlyFromItsOwnModule() {
        for (String module : new String[] {"clinical", "genomics", "mirna"}) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage("org.thyrobank." + module + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.thyrobank." + module + ".persistence..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    /** One CSV writer: whatever the service writes as CSV is neutralised and quoted the same way (docs/interfaces.md). */
    @Test
    void onlyTheOneCsvWriterPrintsCsv() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("org.thyrobank.platform.rendering.CsvWriter")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
                .orShould()
                .callMethodWhere(DescribedPredicate.describe(
                        "CSVFormat's print or format methods",
                        call -> call.getTargetOwner().isEquivalentTo(CSVFormat.class)
                                && call.getName().matches("print.*|format")))
                .check(classes);
    }

    /** The rendering toolkit (CSV, SVG) is plain Java, shared by the report, the export and the pages. */
    @Test
    void renderingIsPlainJava() {
        noClasses()
                .that()
                .resideInAPackage("org.thyrobank.platform.rendering..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "org.apache.ibatis..")
                .check(classes);
    }
}
