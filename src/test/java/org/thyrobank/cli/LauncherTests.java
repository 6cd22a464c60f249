package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/thyrobank, run by bash with a stand-in {@code java} first on the PATH: it records its arguments and does the two
 * things the launcher relies on the real one for, extracting the jar (named after the jar unless
 * {@code --application-filename} says otherwise, as Spring Boot's extract does) and writing the archive.
 */
class LauncherTests {

    private static final String STAND_IN_JAVA = """
            #!/usr/bin/env bash
            echo "$*" >> "$JAVA_CALLS"
            while [[ $# -gt 0 ]]; do
              case $1 in
                -jar) jar=$2; shift ;;
                --destination) destination=$2; shift ;;
                --application-filename) name=$2; shift ;;
                -XX:ArchiveClassesAtExit=*) : > "${1#*=}" ;;
              esac
              shift
            done
            if [[ -n ${destination:-} ]]; then
              mkdir -p "$destination/lib"
              : > "$destination/${name:-$(basename "$jar")}"
            fi
            """;

    @TempDir
    Path dir;

    private Path jar;
    private Path calls;

    @BeforeEach
    void standIns() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(bin.resolve("java"), STAND_IN_JAVA);
        Files.setPosixFilePermissions(bin.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
        jar = Files.writeString(dir.resolve("thyrobank.jar"), "a jar");
        calls = dir.resolve("java-calls.txt");
    }

    @Test
    void theFirstCommandExtractsTheJarAndTrainsTheArchiveThatLaterCommandsMap() throws Exception {
        List<String> first = run("import", "study");
        assertThat(first).hasSize(2);
        assertThat(first.get(0)).startsWith("-Djarmode=tools -jar " + jar + " extract --destination ");
        String extracted = extracted();
        assertThat(first.get(1))
                .isEqualTo("-XX:ArchiveClassesAtExit=" + extracted + "/thyrobank.jsa -Xlog:cds*=off -jar " + extracted
                        + "/thyrobank.jar import study");
        assertThat(run("export", "--format", "cbioportal"))
                .containsExactly(
                        "-XX:SharedArchiveFile=" + extracted + "/thyrobank.jsa -Xshare:auto -Xlog:cds*=off -jar "
                                + extracted + "/thyrobank.jar export --format cbioportal");
    }

    @Test
    void callHotspotsStatusAndReportTrainArchivesOfTheirOwnAndRunOnC1WithTheSerialCollector() throws Exception {
        run("import", "study");
        String extracted = extracted();
        String jvm = " -Xlog:cds*=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar " + extracted + "/thyrobank.jar";
        assertThat(run("call-hotspots", "a.vcf"))
                .containsExactly(
                        "-XX:ArchiveClassesAtExit=" + extracted + "/call-hotspots.jsa" + jvm + " call-hotspots a.vcf");
        assertThat(run("call-hotspots", "b.vcf.gz"))
                .containsExactly("-XX:SharedArchiveFile=" + extracted + "/call-hotspots.jsa -Xshare:auto" + jvm
                        + " call-hotspots b.vcf.gz");

        assertThat(run("status"))
                .containsExactly("-XX:ArchiveClassesAtExit=" + extracted + "/status.jsa" + jvm + " status");
        assertThat(run("report", "--format", "json"))
                .containsExactly(
                        "-XX:ArchiveClassesAtExit=" + extracted + "/report.jsa" + jvm + " report --format json");
        assertThat(run("status"))
                .containsExactly("-XX:SharedArchiveFile=" + extracted + "/status.jsa -Xshare:auto" + jvm + " status");
        assertThat(run("report"))
                .containsExactly("-XX:SharedArchiveFile=" + extracted + "/report.jsa -Xshare:auto" + jvm + " report");
        assertThat(run("import", "study").get(0))
                .startsWith("-XX:SharedArchiveFile=" + extracted + "/thyrobank.jsa ")
                .doesNotContain("Tiered")
                .doesNotContain("aot");
    }

    @Test
    void aNewExtractionRemovesOnlyTheOldOnesNobodyUses() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path unused = oldExtraction(cache, "100-1");
        Path running = oldExtraction(cache, "200-2");
        Path recent = Files.createDirectories(cache.resolve("300-3"));
        Files.writeString(recent.resolve("thyrobank.jar"), "used an hour ago");
        Path unrelated = Files.createDirectories(cache.resolve("notes"));
        // a process whose command line names the extraction, as a server started from it does ("; exit": bash would
        // otherwise replace itself with sleep, whose command line does not name it)
        Process server = new ProcessBuilder("bash", "-c", "sleep 60; exit", running + "/thyrobank.jar").start();
        try {
            run("status");
        } finally {
            server.destroyForcibly().waitFor();
        }
        assertThat(unused).doesNotExist();
        assertThat(running).exists();
        assertThat(recent).exists();
        assertThat(unrelated).exists();
        try (Stream<Path> entries = Files.list(cache)) {
            assertThat(entries).hasSize(4);
        }
    }

    private static Path oldExtraction(Path cache, String name) throws IOException {
        Path extraction = Files.createDirectories(cache.resolve(name));
        Files.writeString(extraction.resolve("thyrobank.jar"), "an earlier build");
        Files.setLastModifiedTime(
                extraction,
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()
                        - java.time.Duration.ofDays(2).toMillis()));
        return extraction;
    }

    /** The stand-in java's calls made by one run of the launcher. */
    private List<String> run(String... args) throws Exception {
        List<String> before = Files.exists(calls) ? Files.readAllLines(calls) : List.of();
        List<String> command = new ArrayList<>(List.of("bash", "bin/thyrobank"));
        command.addAll(List.of(args));
        ProcessBuilder launcher = new ProcessBuilder(command).redirectErrorStream(true);
        launcher.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        launcher.environment().put("THYROBANK_JAR", jar.toString());
        launcher.environment().put("THYROBANK_CACHE", dir.resolve("cache").toString());
        launcher.environment().put("JAVA_CALLS", calls.toString());
        launcher.environment().remove("JAVA_OPTS");
        Process process = launcher.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
        List<String> after = Files.readAllLines(calls);
        return after.subList(before.size(), after.size());
    }

    private String extracted() throws IOException {
        try (Stream<Path> entries = Files.list(dir.resolve("cache"))) {
            List<String> folders = entries.map(Path::toString).toList();
            assertThat(folders).hasSize(1);
            return folders.get(0);
        }
    }
}
