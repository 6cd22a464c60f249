package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status} and {@code report} as bin/thyrobank runs them, on the application context generated ahead of time
 * ({@code -Dspring.aot.enabled=true}, in a process of their own): on a fresh data directory (install, every
 * migration, the application account's grants) and on an imported study, answering exactly as without AOT.
 */
class AotModeTests {

    @TempDir
    Path dir;

    @Test
    void statusOnAFreshDataDirCreatesTheSchemaInAotMode() throws Exception {
        Path data = dir.resolve("fresh");
        Run aot = inAotMode("status", "--format", "json", "--data-dir", data.toString());
        assertThat(aot.exit()).as(aot.err()).isZero();
        CliRun plain = CliRun.of("status", "--format", "json", "--data-dir", data.toString());
        assertThat(aot.out()).isEqualTo(plain.out());
        assertThat(aot.err()).isEmpty();
    }

    @Test
    void statusAndReportOnAnImportedStudyAnswerAsWithoutAot() throws Exception {
        Path data = dir.resolve("data");
        Path study = StudyExample.writeTo(dir.resolve("study"));
        CliRun imported = CliRun.of("import", study.toString(), "--data-dir", data.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        for (List<String> command : List.of(
                List.of("status", "--format", "json"),
                List.of("report", "--format", "json"),
                List.of("report", "--format", "tsv", "--include-preliminary"))) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--data-dir", data.toString()));
            Run aot = inAotMode(args.toArray(String[]::new));
            assertThat(aot.exit()).as("%s: %s", command, aot.err()).isZero();
            CliRun plain = CliRun.of(args.toArray(String[]::new));
            assertThat(withoutGenerationTime(aot.out()))
                    .as(command.toString())
                    .isEqualTo(withoutGenerationTime(plain.out()));
            assertThat(aot.err()).as(command.toString()).isEmpty();
        }
    }

    /** The report states when it was made, to the second (JSON; TSV as {@code provenance.generated_at<TAB>...}). */
    private static String withoutGenerationTime(String output) {
        return output.replaceAll("\"generated_at\"\\s*:\\s*\"[^\"]*\"", "")
                .replaceAll("(?m)^\\S*generated_at\t.*$", "");
    }

    private record Run(int exit, String out, String err) {}

    private Run inAotMode(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Dspring.aot.enabled=true",
                "-cp",
                System.getProperty("java.class.path"),
                ThyrobankCli.class.getName()));
        command.addAll(List.of(args));
        Path err = dir.resolve("err.txt");
        Process process =
                new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        return new Run(exit, out, java.nio.file.Files.readString(err));
    }
}
