package org.thyrobank.mirna.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.ExampleStudy;
import org.thyrobank.mirna.QpcrQueries;
import org.thyrobank.mirna.Timepoint;
import org.thyrobank.mirna.normalisation.DeltaCq;
import org.thyrobank.mirna.normalisation.Normalisation;
import org.thyrobank.mirna.normalisation.NormalisationMethod;
import org.thyrobank.mirna.normalisation.Normaliser;
import org.thyrobank.mirna.normalisation.PlateCq;
import org.thyrobank.mirna.normalisation.QcFlag;
import org.thyrobank.mirna.normalisation.QpcrParameters;
import org.thyrobank.mirna.normalisation.QualityControl;
import org.thyrobank.mirna.plate.PlateReader;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.StudyImport;

/** QpcrQueries on the imported example gives what the plate files give when read and normalised in memory. */
class QpcrQueriesTests {

    private static final AssayPanel PANEL = AssayPanel.fromReference();

    @TempDir
    Path dir;

    static List<TestDatabases.Server> servers() {
        return TestDatabases.servers();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void normalisingTheImportedExampleGivesTheDcqAndDdcqOfThePlateFiles(TestDatabases.Server server) {
        try (TestApplication app = imported(server)) {
            QpcrQueries queries = app.bean(QpcrQueries.class);
            for (String spec : List.of("global-mean", "reference:hsa-miR-16-5p,hsa-miR-93-5p", "spike-in:UniSp6")) {
                NormalisationMethod method = NormalisationMethod.parse(spec, queries.panel());

                Normalisation stored = queries.normalise(method, false);

                Normalisation fromFiles = normaliser().normalise(examplePlateCq(), method);
                assertThat(stored.deltaCq()).as(spec).isEqualTo(fromFiles.deltaCq());
                assertThat(stored.deltaDeltaCq()).as(spec).isEqualTo(fromFiles.deltaDeltaCq());
                assertThat(stored.normaliserAssays()).as(spec).isEqualTo(fromFiles.normaliserAssays());
                assertThat(stored.calibration()).as(spec).isEqualTo(fromFiles.calibration());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void everyCirculatingSpecimenGetsDcqAndEveryPatientWithBothTimepointsGetsDdcq(TestDatabases.Server server) {
        try (TestApplication app = imported(server)) {
            Normalisation global = app.bean(QpcrQueries.class).normalise(new NormalisationMethod.GlobalMean(), false);

            assertThat(global.deltaCq()).extracting(DeltaCq::timepoint).contains(Timepoint.PRE, Timepoint.POST);
            // distinct specimen ids of PL01-PL13, counted in the files (12 plates of 8, PL13 of 7)
            assertThat(specimens(global)).hasSize(103);
            assertThat(global.deltaCq())
                    .filteredOn(DeltaCq::detected)
                    .allSatisfy(d -> assertThat(d.dCq()).isEqualTo(round6(d.cq() - d.normaliser())));
            Set<String> bothTimepoints = global.deltaCq().stream()
                    .collect(Collectors.groupingBy(
                            DeltaCq::patientId, Collectors.mapping(DeltaCq::timepoint, Collectors.toSet())))
                    .entrySet()
                    .stream()
                    .filter(e -> e.getValue().size() == 2)
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            assertThat(global.deltaDeltaCq()).isNotEmpty().allSatisfy(dd -> {
                assertThat(bothTimepoints).contains(dd.patientId());
                assertThat(dd.ddCq()).isEqualTo(round6(dd.dCqPost() - dd.dCqPre()));
                assertThat(dd.foldChange()).isEqualTo(Math.pow(2, -dd.ddCq()));
            });
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void excludingFlaggedSpecimensLeavesOutExactlyThoseTheQcFlags(TestDatabases.Server server) {
        try (TestApplication app = imported(server)) {
            QpcrQueries queries = app.bean(QpcrQueries.class);
            List<QcFlag> flags = queries.qcFlags();
            Set<String> flagged = flags.stream().map(QcFlag::specimenId).collect(Collectors.toCollection(TreeSet::new));
            assertThat(flags)
                    .isEqualTo(new QualityControl(QpcrParameters.fromReference(), PANEL).flags(examplePlateCq()));
            assertThat(flagged).isNotEmpty();

            Set<String> all = specimens(queries.normalise(new NormalisationMethod.GlobalMean(), false));
            Set<String> kept = specimens(queries.normalise(new NormalisationMethod.GlobalMean(), true));

            Set<String> expected = new TreeSet<>(all);
            expected.removeAll(flagged);
            assertThat(kept).isEqualTo(expected);
            assertThat(all).containsAll(flagged);
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void anAmplifiedNtcFlagsThePlatesSpecimensOfItsAssayLeftOutOnlyWhenAsked(TestDatabases.Server server) {
        try (TestApplication app = QpcrImporterTests.start(server)) {
            QpcrStudy study = new QpcrStudy(dir)
                    .withExamplePlates()
                    .write(
                            "qpcr/QS-NTC-1.txt",
                            QpcrImporterTests.ntcPlate(
                                    "3\tA3\tP-MI-002-PRE\thsa-miR-16\tUNKNOWN\t28.7",
                                    "4\tA4\tP-MI-002-PRE\thsa-miR-21-5p\tUNKNOWN\t27.1",
                                    "95\tH11\tNTC\thsa-miR-16\tNTC\t30.5",
                                    "96\tH12\tNTC\thsa-miR-21-5p\tNTC\tUndetermined"))
                    .write(
                            "qpcr/QS-NTC-2.txt",
                            QpcrImporterTests.ntcPlate("96\tH12\tNTC\thsa-miR-16\tNTC\tUndetermined")
                                    .replace("QS-NTC-1", "QS-NTC-2"));
            app.bean(StudyImport.class).importStudy(study.dir());
            QpcrQueries queries = app.bean(QpcrQueries.class);

            List<QcFlag> flags = queries.qcFlags();

            String detail = "NTC well H11 of hsa-miR-16-5p amplified at Cq 30.500 <= 35.0";
            assertThat(flags)
                    .filteredOn(flag -> flag.issue() == QcFlag.Issue.NTC_AMPLIFIED)
                    .containsExactly(
                            new QcFlag("QS-NTC-1", "P-MI-001-PRE", QcFlag.Issue.NTC_AMPLIFIED, detail),
                            new QcFlag("QS-NTC-1", "P-MI-002-PRE", QcFlag.Issue.NTC_AMPLIFIED, detail));
            assertThat(flags)
                    .filteredOn(flag -> flag.plate().equals("QS-NTC-2"))
                    .isEmpty();
            // nothing else flags the two, so what leaves them out is their NTC
            assertThat(flags)
                    .filteredOn(flag -> flag.specimenId().equals("P-MI-001-PRE")
                            || flag.specimenId().equals("P-MI-002-PRE"))
                    .allMatch(flag -> flag.issue() == QcFlag.Issue.NTC_AMPLIFIED);
            NormalisationMethod method = new NormalisationMethod.GlobalMean();
            assertThat(specimens(queries.normalise(method, false))).contains("P-MI-001-PRE", "P-MI-002-PRE");
            assertThat(specimens(queries.normalise(method, true))).doesNotContain("P-MI-001-PRE", "P-MI-002-PRE");
        }
    }

    private TestApplication imported(TestDatabases.Server server) {
        TestApplication app = QpcrImporterTests.start(server);
        app.bean(StudyImport.class)
                .importStudy(new QpcrStudy(dir).withExamplePlates().dir());
        return app;
    }

    private static Normaliser normaliser() {
        return new Normaliser(PANEL, QpcrParameters.fromReference(), ExampleStudy.specimens());
    }

    private static List<PlateCq> examplePlateCq() {
        PlateReader reader = new PlateReader(ExampleStudy.specimens(), PANEL);
        List<PlateCq> cq = new ArrayList<>();
        for (String plate : ExampleStudy.PLATES) {
            String file = ExampleStudy.ROOT + "qpcr/" + plate + ".csv";
            cq.addAll(PlateCq.of(plate, reader.read(file, ExampleStudy.bytes(file))));
        }
        return cq;
    }

    private static Set<String> specimens(Normalisation normalisation) {
        return normalisation.deltaCq().stream().map(DeltaCq::specimenId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static double round6(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
    }
}
