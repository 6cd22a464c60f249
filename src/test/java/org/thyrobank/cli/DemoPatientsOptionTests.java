package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code demo --patients N}: a size outside 60 to 100000 is refused before anything is written, and a study folder
 * written for another size is not reused. (The import of a scaled bundle: SyntheticCohortImportTests.)
 */
class DemoPatientsOptionTests {

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"59", "100001"})
    void aSizeOutsideTheRangeIsABadInput(String patients) {
        CliRun run = demo(
                "--patients", patients, "--study-dir", work.resolve("study").toString());
        assertThat(run.exitCode()).isEqualTo(ThyrobankCli.BAD_INPUT);
        assertThat(run.err())
                .contains(
                        "--patients must be from 60 (the cohort the demo is designed for) to 100000, not " + patients);
        assertThat(work.resolve("study")).doesNotExist();
    }

    @Test
    void aStudyWrittenForSixtyPatientsIsNotReusedForAnotherSize() throws IOException {
        Path study = Files.createDirectories(work.resolve("study"));
        Files.writeString(study.resolve(DemoStudyMarker.FILE), "1");
        CliRun run = demo("--patients", "120", "--study-dir", study.toString());
        assertThat(run.exitCode()).isEqualTo(ThyrobankCli.BAD_INPUT);
        assertThat(run.err())
                .contains(study + " holds the demo study of seed 1 with 60 patients, not of seed 1 with 120 patients;"
                        + " choose another --study-dir, or --seed 1 --patients 60");
    }

    @Test
    void aStudyWrittenForAnotherSizeIsNotReusedForTheDefault() throws IOException {
        Path study = Files.createDirectories(work.resolve("study"));
        Files.writeString(study.resolve(DemoStudyMarker.FILE), "1 120");
        CliRun run = demo("--study-dir", study.toString());
        assertThat(run.exitCode()).isEqualTo(ThyrobankCli.BAD_INPUT);
        assertThat(run.err()).contains("holds the demo study of seed 1 with 120 patients, not of seed 1 with 60");
    }

    @Test
    void theMarkerOfSixtyPatientsIsTheSeedAloneAsBefore() {
        assertThat(new DemoStudyMarker(1, 60).text()).isEqualTo("1");
        assertThat(new DemoStudyMarker(1, 10_000).text()).isEqualTo("1 10000");
        assertThat(DemoStudyMarker.parse("7\n", work)).isEqualTo(new DemoStudyMarker(7, 60));
        assertThat(DemoStudyMarker.parse("7 10000", work)).isEqualTo(new DemoStudyMarker(7, 10_000));
        assertThat(new DemoStudyMarker(1, 60).defaultFolderName()).isEqualTo("demo-study-1");
        assertThat(new DemoStudyMarker(1, 10_000).defaultFolderName()).isEqualTo("demo-study-1-10000patients");
    }

    @Test
    void aMarkerThatIsNotOneIsRefused() throws IOException {
        Path study = Files.createDirectories(work.resolve("study"));
        Files.writeString(study.resolve(DemoStudyMarker.FILE), "seed one");
        CliRun run = demo("--study-dir", study.toString());
        assertThat(run.exitCode()).isEqualTo(ThyrobankCli.BAD_INPUT);
        assertThat(run.err()).contains("is not a demo study marker");
    }

    private CliRun demo(String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "demo";
        args[1] = "--no-serve";
        args[2] = "--data-dir";
        args[3] = work.resolve("data").toString();
        System.arraycopy(options, 0, args, 4, options.length);
        return CliRun.of(args);
    }
}
