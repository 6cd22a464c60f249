package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** A command gets a command line without the other commands, and answers exactly as under the full one. */
class LeanCommandLineTests {

    @Test
    void aNamedCommandIsBuiltWithoutTheOtherCommands() {
        assertThat(ThyrobankCli.commandLine(new String[] {"call-hotspots", "a.vcf"})
                        .getSubcommands())
                .containsOnlyKeys("call-hotspots");
        assertThat(ThyrobankCli.commandLine(new String[] {"status"}).getSubcommands())
                .containsOnlyKeys("status");
        for (String none : List.of("--help", "--version", "stauts")) {
            assertThat(ThyrobankCli.commandLine(new String[] {none}).getSubcommands())
                    .as(none)
                    .containsKeys("serve", "import", "call-hotspots", "report", "status", "freeze")
                    .hasSize(13);
        }
    }

    static Stream<List<String>> calls() {
        String vcf = CallHotspotsCommandTests.fixture("mutect2-statuses.vcf");
        return Stream.of(
                List.of("call-hotspots", vcf),
                List.of("call-hotspots", vcf, "--format", "JSON", "--min-vaf", "0.1"),
                List.of("call-hotspots", "--help"),
                List.of("call-hotspots", "--version"),
                List.of("call-hotspots"),
                List.of("call-hotspots", vcf, "--bogus"),
                List.of("call-hotspots", vcf, "--format", "xml"),
                List.of("call-hotspots", vcf, "--min-vaf", "1.5"),
                List.of("call-hotspots", "/no/such/file.vcf"),
                List.of("status", "--help"),
                List.of("status", "--format", "yaml"),
                List.of("report", "--bogus"),
                List.of("user", "add"),
                List.of("freeze", "--help"),
                List.of("import", "--version"),
                List.of("--help"),
                List.of("stauts"));
    }

    @ParameterizedTest
    @MethodSource("calls")
    void answersAsTheFullCommandLineDoes(List<String> call) {
        String[] args = call.toArray(String[]::new);
        CliRun lean = CliRun.of(args);
        CliRun full = run(ThyrobankCli.commandLine(), args);
        assertThat(lean).isEqualTo(full);
    }

    private static CliRun run(CommandLine cli, String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
