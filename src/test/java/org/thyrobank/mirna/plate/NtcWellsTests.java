package org.thyrobank.mirna.plate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.thyrobank.mirna.AssayPanel;
import org.thyrobank.mirna.ExampleStudy;
import org.thyrobank.mirna.NtcWell;
import org.thyrobank.mirna.QpcrPlate;

/**
 * The no-template controls: told apart from the other controls by the well's task, kept with their target (as the
 * panel assay it stands for) and Cq, and checked as a specimen's Cq is.
 */
class NtcWellsTests {

    private final PlateReader reader = new PlateReader(ExampleStudy.specimens(), AssayPanel.fromReference());

    static Stream<Arguments> tasks() {
        return Stream.of(
                Arguments.of("NTC", WellTasks.Role.NTC),
                Arguments.of(" ntc ", WellTasks.Role.NTC),
                Arguments.of("NTC-02", WellTasks.Role.NTC),
                Arguments.of("NAC", WellTasks.Role.OTHER_CONTROL),
                Arguments.of("Std-01", WellTasks.Role.OTHER_CONTROL),
                Arguments.of("Neg Ctrl", WellTasks.Role.OTHER_CONTROL),
                Arguments.of("nrt", WellTasks.Role.OTHER_CONTROL),
                Arguments.of("UNKNOWN", WellTasks.Role.SPECIMEN),
                Arguments.of("Unkn-01", WellTasks.Role.SPECIMEN),
                Arguments.of(null, WellTasks.Role.SPECIMEN));
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void aWellTaskGivesTheWellItsRole(String task, WellTasks.Role role) {
        assertThat(WellTasks.role(task)).isEqualTo(role);
    }

    @Test
    void anAmplifiedNtcIsKeptWithItsCqAndAnNtcWithoutTargetIsNamedInTheWarnings() {
        QpcrPlate plate = reader.read(
                "qpcr/QS-NTC.txt",
                results(
                        "A1\tP-MI-001-PRE\thsa-miR-21\tUnknown\t26.713",
                        "H11\tNTC\thsa-miR-21\tNTC\t31,25",
                        "H12\tNTC\t\tNTC\tUndetermined",
                        "G1\tNAC\thsa-miR-21\tNAC\t36.1"));

        assertThat(plate.ntcWells()).containsExactly(new NtcWell("hsa-miR-21-5p", 31.25, "H11", "QS-NTC"));
        assertThat(plate.warnings())
                .containsExactly(
                        "1 NTC wells without a target not stored nor checked",
                        "1 control or standard wells not stored");
    }

    @Test
    void anNtcWhoseCqIsNoNumberRejectsThePlateAsASpecimenWellWould() {
        PlateFormatException e = catchThrowableOfType(
                PlateFormatException.class,
                () -> reader.read(
                        "qpcr/QS-NTC.txt",
                        results("A1\tP-MI-001-PRE\thsa-miR-21\tUnknown\t26.713", "H12\tNTC\thsa-miR-21\tNTC\t3l.2")));

        assertThat(e.problems())
                .containsExactly("line 5, column 'Ct': found '3l.2', expected a number or 'Undetermined'");
    }

    @Test
    void aPlateOfControlsOnlyIsStillRefused() {
        PlateFormatException e = catchThrowableOfType(
                PlateFormatException.class,
                () -> reader.read("qpcr/QS-NTC.txt", results("H12\tNTC\thsa-miR-21\tNTC\tUndetermined")));

        assertThat(e.problems()).containsExactly("no specimen measurement: all 1 wells read are controls or standards");
    }

    /** The NTC wells of the real files of {@code ../shared/realdata/qpcr} (read in place), as their tasks say. */
    @Test
    @EnabledIf("org.thyrobank.mirna.plate.RealQpcrFilesTests#present")
    void theRealFilesNtcWellsAreThoseTheirTasksMark() throws Exception {
        // counted in the files' [Results] (Task NTC; their Sample Setup repeats them) and, for Bio-Rad, Content
        // (Neg Ctrl only: a negative control, not said to be a no-template one)
        Map<String, Long> ntcs = Map.of(
                "qs6flex_presence_absence_all_sections.txt", 4L,
                "qs7flex_stdcurve_all_sections.txt", 4L,
                "steponeplus_v20_results.txt", 3L,
                "biorad_cfx_cq_results.txt", 0L);
        for (Map.Entry<String, Long> file : ntcs.entrySet()) {
            List<PlateRow> rows = PlateFormats.read(file.getKey(), bytes(file.getKey()))
                    .rows()
                    .rows();
            assertThat(rows.stream().filter(r -> r.role() == WellTasks.Role.NTC).count())
                    .as(file.getKey())
                    .isEqualTo(file.getValue());
        }
        // StepOnePlus v2.0: three 18S NTCs, the middle one amplified at 34.553
        assertThat(
                        PlateFormats.read("steponeplus_v20_results.txt", bytes("steponeplus_v20_results.txt"))
                                .rows()
                                .rows()
                                .stream()
                                .filter(r -> r.role() == WellTasks.Role.NTC)
                                .map(r -> r.well() + " " + r.target() + " " + r.cq()))
                .containsExactly("E1 18S Undetermined", "E2 18S 34.553", "E3 18S Undetermined");
    }

    private static byte[] bytes(String realFile) throws Exception {
        return Files.readAllBytes(RealQpcrFilesTests.FOLDER.resolve(realFile));
    }

    /** A QuantStudio results-only export of the experiment QS-NTC with these tab-separated result lines. */
    private static byte[] results(String... lines) {
        return ("* Experiment Name = QS-NTC\n\nWell\tSample Name\tTarget Name\tTask\tCt\n" + String.join("\n", lines)
                        + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
