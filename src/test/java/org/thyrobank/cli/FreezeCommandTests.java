package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thyrobank.demo.SyntheticCohort;
import org.thyrobank.platform.provenance.Generation;

/**
 * A freeze remakes its report byte for byte (but for generated_at/by) after a corrected file was imported, and after
 * restarts: every command below is its own process-like run, starting and stopping the embedded server.
 */
class FreezeCommandTests {

    @TempDir
    Path temp;

    @Test
    void aFreezeSurvivesACorrectedFileAndARestart() throws Exception {
        Path study = temp.resolve("study");
        String data = temp.resolve("data").toString();
        SyntheticCohort.write(study, 5);
        assertThat(CliRun.of("import", study.toString(), "--data-dir", data).exitCode())
                .isZero();
        String before = report(data);

        CliRun created = CliRun.of("freeze", "create", "paper-1", "--note", "first draft", "--data-dir", data);
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).startsWith("freeze paper-1 created at data version ");
        CliRun again = CliRun.of("freeze", "create", "paper-1", "--data-dir", data);
        assertThat(again.exitCode()).isEqualTo(ThyrobankCli.BAD_INPUT);
        assertThat(again.err()).contains("'paper-1' exists already");
        assertThat(CliRun.of("freeze", "create", "bad name!", "--data-dir", data)
                        .err())
                .contains("not 'bad name!'");
        assertThat(frozen(data, "paper-1")).isEqualTo(before);

        // a corrected clinical file: a patient moves centre, so the figures by centre change
        Path patients = study.resolve("clinical/patients.csv");
        String csv = Files.readString(patients);
        String corrected = csv.replaceFirst("(\\n[^,\\n]+),MILAN,", "$1,NEGRAR,");
        assertThat(corrected).isNotEqualTo(csv);
        Files.writeString(patients, corrected);
        CliRun reimport = CliRun.of("import", study.toString(), "--data-dir", data);
        assertThat(reimport.out() + reimport.err()).contains("clinical/patients.csv: replaced");
        assertThat(report(data)).isNotEqualTo(before);

        assertThat(frozen(data, "paper-1")).isEqualTo(before);
        CliRun list = CliRun.of("freeze", "list", "--data-dir", data);
        assertThat(list.out()).contains("paper-1\t").contains("\tfirst draft\n");
        CliRun unknown = CliRun.of("report", "--freeze", "paper-2", "--data-dir", data);
        assertThat(unknown.exitCode()).isEqualTo(ThyrobankCli.BAD_INPUT);
        assertThat(unknown.err()).contains("no freeze named 'paper-2'");
    }

    private static String report(String data) {
        CliRun run = CliRun.of("report", "--format", "json", "--data-dir", data);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Generation.strip(run.out());
    }

    private static String frozen(String data, String freeze) {
        CliRun run = CliRun.of("report", "--format", "json", "--freeze", freeze, "--data-dir", data);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Generation.strip(run.out());
    }
}
