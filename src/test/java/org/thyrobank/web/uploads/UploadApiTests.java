package org.thyrobank.web.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thyrobank.demo.SyntheticCohort;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.StudyImport;
import org.thyrobank.platform.users.Role;
import org.thyrobank.platform.users.Users;
import org.thyrobank.web.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class UploadApiTests {

    private static final String PASSWORD = "lab-bench-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Path uploadsDir;
    private static Path bundle;
    private static TestApplication app;
    private static TestHttp http;

    @BeforeAll
    static void serve() throws IOException {
        uploadsDir = Files.createTempDirectory("thyrobank-upload-tests");
        app = TestApplication.start(
                TestDatabases.embeddedServer(),
                WebApplicationType.SERVLET,
                Map.of("server.port", 0, "thyrobank.uploads.dir", uploadsDir.toString()));
        app.bean(Users.class).add("bench", Role.LAB, PASSWORD);
        app.bean(Users.class).add("boss", Role.ADMIN, PASSWORD);
        http = TestHttp.of(app);
        bundle = Files.createTempDirectory("thyrobank-upload-bundle");
        SyntheticCohort.write(bundle, 11);
        Path clinicalOnly = Files.createTempDirectory("thyrobank-upload-clinical");
        copyTree(bundle.resolve("clinical"), clinicalOnly.resolve("clinical"));
        assertThat(app.bean(StudyImport.class).importStudy(clinicalOnly))
                .allSatisfy(o -> assertThat(o.outcome()).as(o.line()).isEqualTo(FileOutcome.Outcome.IMPORTED));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aPlateIsAcceptedWith202AndItsJobCompletesWithOneLinePerFile() throws Exception {
        HttpResponse<String> response = post(new TestHttp.Multipart().file("PL01.csv", plate("PL01.csv")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String location = response.headers().firstValue("Location").orElseThrow();
        JsonNode accepted = JSON.readTree(response.body());
        assertThat(location).endsWith("/api/v1/uploads/" + accepted.get("id").asString());
        assertThat(accepted.get("kind").asString()).isEqualTo("QPCR_PLATE");
        assertThat(accepted.get("uploaded_by").asString()).isEqualTo("bench");
        assertThat(accepted.has("files_done") && accepted.has("files_total") && accepted.has("percent"))
                .isTrue();

        JsonNode done = awaitEnd(location.substring(location.indexOf("/api/")));
        assertThat(done.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("files_done").asInt()).isEqualTo(1);
        assertThat(done.get("files_total").asInt()).isEqualTo(1);
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        assertThat(done.get("records_written").asLong()).isPositive();
        assertThat(done.get("files")).singleElement().satisfies(f -> {
            assertThat(f.get("relative_path").asString()).isEqualTo("qpcr/PL01.csv");
            assertThat(f.get("line").asString()).startsWith("qpcr/PL01.csv: imported");
        });
        assertThat(uploadsDir.resolve(accepted.get("id").asString()))
                .as("an upload's files are deleted once its import ends")
                .doesNotExist();
        assertThat(Files.getPosixFilePermissions(uploadsDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aRunFolderOf96SamplesWithTheirIndexesUploadsInOneRequestAndOnlyItsReportIsKept() throws Exception {
        String vcf = Files.readString(bundle.resolve("sequencing/R01/T-MI-001.vcf"));
        StringBuilder manifest = new StringBuilder("vcf,vcf_sample,specimen_id\n");
        TestHttp.Multipart body = new TestHttp.Multipart();
        for (int sample = 1; sample <= 96; sample++) {
            String name = String.format("S%03d.vcf.gz", sample);
            // as a browser sends a chosen folder: each file's name with its path below the folder's parent
            body.file("R96/" + name, gzip(vcf)).file("R96/" + name + ".tbi", bytes("TBI index " + sample));
            // specimens the study does not know: the run is rejected as a whole, quickly, by its manifest
            manifest.append(name)
                    .append(",TUMOR,")
                    .append(String.format("P-XX-%03d-T", sample))
                    .append('\n');
        }
        body.file("R96/manifest.csv", bytes(manifest.toString()));

        HttpResponse<String> response = post(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode accepted = JSON.readTree(response.body());
        assertThat(accepted.get("file").asString()).isEqualTo("R96/ (193 files)");
        String id = accepted.get("id").asString();
        JsonNode done = awaitEnd("/api/v1/uploads/" + id);
        assertThat(done.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("files").findValuesAsString("line"))
                .anySatisfy(line -> assertThat(line).startsWith("sequencing/R96/manifest.csv: rejected"));
        assertThat(uploadsDir.resolve(id))
                .as("a rejected upload keeps its report, not its files")
                .doesNotExist();
    }

    @Test
    void aPlateNamingAnUnknownSpecimenIsRejectedWithTheReason() throws Exception {
        String plate = new String(plate("PL04.csv"), StandardCharsets.UTF_8);
        String firstSpecimen = plate.lines().skip(1).findFirst().orElseThrow().split(",")[0];
        plate = plate.replace(firstSpecimen + ",", "P-XX-999-PRE,");
        HttpResponse<String> response = post(new TestHttp.Multipart().file("PL04.csv", bytes(plate)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode done = awaitEnd(
                "/api/v1/uploads/" + JSON.readTree(response.body()).get("id").asString());
        assertThat(done.get("files"))
                .singleElement()
                .satisfies(f -> assertThat(f.get("line").asString())
                        .startsWith("qpcr/PL04.csv: rejected")
                        .contains("P-XX-999-PRE", "unknown specimen"));
    }

    @Test
    void aZippedRunLandsInSequencingUnderItsFolderNameAndIsFollowedFileByFile() throws Exception {
        Map<String, String> entries = new java.util.TreeMap<>();
        try (var files = Files.list(bundle.resolve("sequencing/R01"))) {
            for (Path f : files.toList()) {
                entries.put("R01/" + f.getFileName(), Files.readString(f));
            }
        }
        HttpResponse<String> response = post(new TestHttp.Multipart().file("R01.zip", zip(entries)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        List<JsonNode> seen = new ArrayList<>();
        JsonNode done = awaitEnd(
                "/api/v1/uploads/" + JSON.readTree(response.body()).get("id").asString(), seen);
        assertThat(done.get("kind").asString()).isEqualTo("RUN");
        assertThat(done.get("files_done").asInt())
                .isEqualTo(done.get("files").size())
                .isEqualTo(done.get("files_total").asInt());
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        assertThat(done.get("current_file").isNull()).isTrue();
        assertThat(done.get("files").findValuesAsString("relative_path"))
                .contains("sequencing/R01/T-MI-001.vcf", "sequencing/R01/manifest.csv");
        assertThat(done.get("files").findValuesAsString("line"))
                .filteredOn(line -> line.endsWith(".vcf") || line.contains(".vcf:"))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains(": imported"));

        // Followed while it ran: a VCF named as the file being imported, with the files before it already listed
        // (their lines are written as each file ends, just before the count moves on).
        int total = done.get("files_total").asInt();
        List<JsonNode> midway = seen.stream()
                .filter(s -> s.get("state").asString().equals("RUNNING"))
                .filter(s ->
                        s.get("files_done").asInt() > 0 && s.get("files_done").asInt() < total)
                .toList();
        assertThat(midway)
                .as("snapshots between the first and the last file")
                .isNotEmpty()
                .allSatisfy(s -> {
                    int filesDone = s.get("files_done").asInt();
                    assertThat(s.get("files").size()).isBetween(filesDone, filesDone + 1);
                    assertThat(s.get("percent").asInt()).isEqualTo(filesDone * 100 / total);
                });
        assertThat(midway)
                .anySatisfy(s -> assertThat(s.get("current_file").asString())
                        .startsWith("sequencing/R01/")
                        .endsWith(".vcf"));
    }

    @Test
    void recordsWrittenCountOnlyTheUploadsOwnJobsWhileAnotherImportRunsBeside() throws Exception {
        Path run = Files.createTempDirectory("thyrobank-upload-beside");
        copyTree(bundle.resolve("sequencing/R02"), run.resolve("sequencing/R02"));
        Thread beside = new Thread(() -> app.bean(StudyImport.class).importStudy(run));
        beside.start();
        try {
            HttpResponse<String> response = post(new TestHttp.Multipart().file("PL05.csv", plate("PL05.csv")));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            JsonNode done = awaitEnd("/api/v1/uploads/"
                    + JSON.readTree(response.body()).get("id").asString());
            assertThat(done.get("state").asString()).isEqualTo("COMPLETED");
            long wellsStored = app.bean(JdbcTemplate.class)
                    .queryForObject("SELECT COUNT(*) FROM qpcr_value WHERE source_file = 'qpcr/PL05.csv'", Long.class);
            assertThat(done.get("records_written").asLong())
                    .isEqualTo(wellsStored)
                    .isPositive();
        } finally {
            beside.join(Duration.ofMinutes(2).toMillis());
        }
    }

    @Test
    void aRunsFilesSentTogetherWithTheRunNameAreImportedAsThatRun() throws Exception {
        TestHttp.Multipart body = new TestHttp.Multipart().field("run", "R02");
        try (var files = Files.list(bundle.resolve("sequencing/R02"))) {
            for (Path f : files.sorted().toList()) {
                body.file(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        HttpResponse<String> response = post(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode accepted = JSON.readTree(response.body());
        assertThat(accepted.get("kind").asString()).isEqualTo("RUN_FILES");
        assertThat(accepted.get("file").asString()).matches(".+ and \\d+ more files");
        JsonNode done = awaitEnd("/api/v1/uploads/" + accepted.get("id").asString());
        assertThat(done.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("files").findValuesAsString("relative_path")).contains("sequencing/R02/manifest.csv");
        // R02 may have been imported already by another test of this class: then its VCFs are unchanged
        assertThat(done.get("files").findValuesAsString("line"))
                .filteredOn(line -> line.contains(".vcf: ") || line.contains(".vcf.gz: "))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).containsAnyOf(": imported", ": unchanged"));
    }

    @Test
    void aRunsFilesWithoutTheRunNameAre400NamingRun() throws Exception {
        String before = http.get("/api/v1/uploads?limit=500", "bench", PASSWORD).body();
        HttpResponse<String> response =
                post(new TestHttp.Multipart().file("manifest.csv", bytes("m")).file("T-NE-001.vcf", bytes("v")));
        assertProblem(response, 400, "run");
        assertThat(response.body()).contains("need the run's name");
        assertThat(http.get("/api/v1/uploads?limit=500", "bench", PASSWORD).body())
                .isEqualTo(before);
    }

    @Test
    void aBundleWithClinicalDataIsForTheAdminNotTheLab() throws Exception {
        Map<String, String> entries = new java.util.TreeMap<>();
        try (var files = Files.list(bundle.resolve("clinical"))) {
            for (Path f : files.toList()) {
                entries.put("study/clinical/" + f.getFileName(), Files.readString(f));
            }
        }
        byte[] zipped = zip(entries);
        String before = http.get("/api/v1/uploads?limit=500", "bench", PASSWORD).body();
        List<Path> foldersBefore;
        try (var folders = Files.list(uploadsDir)) {
            foldersBefore = folders.toList();
        }
        HttpResponse<String> refused = post(new TestHttp.Multipart().file("study.zip", zipped));
        assertProblem(refused, 403, "clinical data is imported by an ADMIN");
        assertThat(http.get("/api/v1/audit?limit=5", "boss", PASSWORD).body())
                .contains("UPLOAD_FORBIDDEN", "study.zip: holds clinical/");
        assertThat(http.get("/api/v1/uploads?limit=500", "bench", PASSWORD).body())
                .isEqualTo(before);
        try (var folders = Files.list(uploadsDir)) {
            assertThat(folders.toList()).containsExactlyInAnyOrderElementsOf(foldersBefore);
        }

        HttpRequest.Builder asAdmin =
                http.request("/api/v1/uploads").header("Authorization", TestHttp.basic("boss", PASSWORD));
        HttpResponse<String> accepted =
                http.send(new TestHttp.Multipart().file("study.zip", zipped).post(asAdmin));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String id = JSON.readTree(accepted.body()).get("id").asString();
        JsonNode done = awaitEnd("/api/v1/uploads/" + id, "boss", new ArrayList<>());
        assertThat(done.get("kind").asString()).isEqualTo("BUNDLE");
        // its lines speak of patients and dates: the lab does not see it at all
        assertThat(http.get("/api/v1/uploads/" + id, "bench", PASSWORD).statusCode())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/uploads?limit=500", "bench", PASSWORD).body())
                .isEqualTo(before)
                .doesNotContain(id);
        assertThat(http.get("/api/v1/uploads?limit=500", "boss", PASSWORD).body())
                .contains(id);
        // the same clinical files were imported when the class started
        assertThat(done.get("files").findValuesAsString("line"))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("clinical/").contains(": unchanged"));
    }

    @Test
    void aZipSlipIsRefusedWith400ProblemAndNoUpload() throws Exception {
        String before = http.get("/api/v1/uploads?limit=500", "bench", PASSWORD).body();
        HttpResponse<String> response =
                post(new TestHttp.Multipart().file("R01.zip", zip(Map.of("../../escape.vcf", "x"))));
        assertProblem(response, 400, "file");
        assertThat(response.body()).contains("would be written outside the upload's folder");
        assertThat(http.get("/api/v1/uploads?limit=500", "bench", PASSWORD).body())
                .isEqualTo(before);
        assertThat(uploadsDir.resolveSibling("escape.vcf")).doesNotExist();
    }

    @Test
    void badParametersAre400NamingTheParameter() throws Exception {
        assertProblem(post(new TestHttp.Multipart().field("run", "R01")), 400, "file");
        assertProblem(post(new TestHttp.Multipart().file("x.vcf", bytes("v")).field("run", "../R01")), 400, "run");
        assertProblem(post(new TestHttp.Multipart().file("report.pdf", bytes("%PDF"))), 400, "file");
        assertProblem(http.get("/api/v1/uploads?limit=many", "bench", PASSWORD), 400, "limit");
        assertProblem(http.get("/api/v1/uploads?limit=0", "bench", PASSWORD), 400, "limit");
    }

    @Test
    void anUnknownUploadIs404Problem() throws Exception {
        assertProblem(http.get("/api/v1/uploads/no-such-id", "bench", PASSWORD), 404, "no upload no-such-id");
    }

    @Test
    void theUploadPageTakesAFileWithItsCsrfTokenAndShowsTheJob() throws Exception {
        TestHttp browser = TestHttp.of(app);
        browser.signIn("bench", PASSWORD);
        HttpResponse<String> withoutToken = browser.send(new TestHttp.Multipart()
                .file("PL02.csv", bytes("specimen_id,assay,cq\n"))
                .post(browser.request("/uploads")));
        assertThat(withoutToken.statusCode()).isEqualTo(403);

        String token = browser.csrfToken("/uploads");
        HttpResponse<String> sent = browser.send(new TestHttp.Multipart()
                .file("PL02.csv", plate("PL02.csv"))
                .field("_csrf", token)
                .post(browser.request("/uploads")));
        assertThat(sent.statusCode()).isEqualTo(302);
        String jobPage = sent.headers().firstValue("Location").orElseThrow();
        String path = jobPage.substring(jobPage.indexOf("/uploads/"));
        awaitEnd("/api/v1" + path);
        HttpResponse<String> page = browser.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("PL02.csv", "COMPLETED", "1 of 1, 100%, ", "qpcr/PL02.csv", "imported", "plate PL02")
                .doesNotContain("reload.js");

        HttpResponse<String> refused = browser.send(new TestHttp.Multipart()
                .file("notes.pdf", bytes("x"))
                .field("_csrf", token)
                .post(browser.request("/uploads")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("notes.pdf is neither a zip");
    }

    private static HttpResponse<String> post(TestHttp.Multipart body) throws Exception {
        HttpRequest.Builder request =
                http.request("/api/v1/uploads").header("Authorization", TestHttp.basic("bench", PASSWORD));
        return http.send(body.post(request));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String named) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status).contains(named);
    }

    private static JsonNode awaitEnd(String path) throws Exception {
        return awaitEnd(path, "bench", new ArrayList<>());
    }

    private static JsonNode awaitEnd(String path, List<JsonNode> seen) throws Exception {
        return awaitEnd(path, "bench", seen);
    }

    /** Polls the upload as {@code user} until it has ended, keeping every answer in {@code seen}. */
    private static JsonNode awaitEnd(String path, String user, List<JsonNode> seen) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            HttpResponse<String> response = http.get(path, user, PASSWORD);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode upload = JSON.readTree(response.body());
            seen.add(upload);
            if (!upload.get("state").asString().equals("RUNNING")
                    || Instant.now().isAfter(deadline)) {
                return upload;
            }
            Thread.sleep(20);
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes(text));
        }
        return out.toByteArray();
    }

    private static byte[] plate(String name) throws IOException {
        return Files.readAllBytes(bundle.resolve("qpcr").resolve(name));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(bytes(e.getValue()));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
