package org.thyrobank.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.thyrobank.analysis.Report;
import org.thyrobank.analysis.ReportOptions;
import org.thyrobank.analysis.ReportService;
import org.thyrobank.analysis.ReportText;
import org.thyrobank.demo.SyntheticCohort;
import org.thyrobank.platform.audit.AuditLog;
import org.thyrobank.platform.database.OpenDatabase;
import org.thyrobank.platform.importing.FileOutcome;
import org.thyrobank.platform.importing.StudyImport;
import org.thyrobank.platform.users.Role;
import org.thyrobank.platform.users.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a synthetic 60-patient study bundle (two centres, VCFs, qPCR plates, clinical files; --patients N",
            "for another size), imports it, prints the report and serves the pages (--no-serve stops after the report);",
            "serving, it creates the sign-ins 'lab' and 'researcher' and prints their passwords once.",
            "Import lines go to stderr; the report's summary (--format text) to stdout (another format with --format"
                    + " or --out)."
        })
final class DemoCommand implements Callable<Integer> {

    static final String DEMO_LAB = "lab";
    static final String DEMO_RESEARCHER = "researcher";

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    ReportOptionsMixin reportOptions;

    @Mixin
    ProgressOption progress;

    @Option(names = "--no-serve", description = "Stop after printing the report.")
    boolean noServe;

    @Mixin
    ServerOptions server;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Seed of the synthetic cohort (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--patients",
            paramLabel = "N",
            defaultValue = "60",
            description = "Patients in the synthetic cohort, 60 to 100000 (default: ${DEFAULT-VALUE}); the designed"
                    + " counts (exits, early progressions, missing scans, ...) scale with N, keeping their rates.")
    int patients;

    @Option(
            names = "--study-dir",
            paramLabel = "DIR",
            description = "Where the synthetic bundle is written (default: demo-study-<seed> beside the data directory;"
                    + " demo-study-<seed>-<N>patients for another --patients).")
    Path studyDir;

    @Override
    public Integer call() throws IOException, InterruptedException {
        // Nobody signs the synthetic runs out, so the demo's report uses every call and says so in its summary.
        ReportOptions options = reportOptions.toOptions().withIncludePreliminary(true);
        checkPatients();
        Path study = prepareStudy();
        Map<String, Object> serverProperties = server.properties(database);
        OpenDatabase db = SpringContexts.open(database);
        ConfigurableApplicationContext context;
        try {
            context = SpringContexts.start(
                    db, noServe ? WebApplicationType.NONE : WebApplicationType.SERVLET, serverProperties);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        int exit;
        try {
            exit = importAndReport(context, study, options);
        } catch (RuntimeException | IOException e) {
            context.close();
            db.close();
            throw e;
        }
        if (noServe || exit != 0) {
            context.close();
            db.close();
            return exit;
        }
        createDemoUsers(context.getBean(Users.class), spec.commandLine().getErr());
        ServeCommand.serveUntilStopped(context, db, server.url());
        return 0;
    }

    private int importAndReport(ConfigurableApplicationContext context, Path study, ReportOptions options)
            throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<FileOutcome> outcomes = context.getBean(StudyImport.class)
                .importStudy(study, UUID.randomUUID().toString(), progress.on(err));
        outcomes.forEach(o -> err.println(o.line()));
        err.flush();
        if (outcomes.stream().anyMatch(o -> o.outcome() == FileOutcome.Outcome.REJECTED)) {
            err.println("thyrobank demo: the synthetic bundle was not imported whole; see the rejected lines above");
            return 1;
        }
        Optional<Report> report = context.getBean(ReportService.class).report(options, AuditLog.commandLine());
        if (spec.commandLine().getParseResult().hasMatchedOption("--format") || report.isEmpty()) {
            return ReportCommand.write(report, options, spec);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(ReportText.write(report.get()));
        out.flush();
        err.println("thyrobank demo: this is the report's summary; the whole report: thyrobank report --format"
                + " json|tsv|html (same --data-dir)");
        return 0;
    }

    /**
     * The demo's sign-ins besides {@code admin} (which the first start creates and prints): {@value #DEMO_LAB} (LAB)
     * and {@value #DEMO_RESEARCHER} (RESEARCHER) with generated passwords, printed once; an existing one is left alone.
     */
    static void createDemoUsers(Users users, PrintWriter err) {
        for (Map.Entry<String, Role> demoUser :
                List.of(Map.entry(DEMO_LAB, Role.LAB), Map.entry(DEMO_RESEARCHER, Role.RESEARCHER))) {
            String name = demoUser.getKey();
            if (users.exists(name)) {
                err.println(
                        "thyrobank demo: the sign-in '" + name + "' exists already (its password was printed when it"
                                + " was created; `thyrobank user reset " + name + "` sets a new one)");
                continue;
            }
            String password = Users.generatePassword();
            users.add(name, demoUser.getValue(), password);
            err.println("thyrobank demo: created the sign-in '" + name + "' (" + demoUser.getValue()
                    + ") with password " + password + " (shown only now)");
        }
        err.flush();
    }

    private void checkPatients() {
        if (patients < SyntheticCohort.DESIGNED_PATIENTS || patients > SyntheticCohort.MAXIMUM_PATIENTS) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--patients must be from " + SyntheticCohort.DESIGNED_PATIENTS + " (the cohort the demo is designed"
                            + " for) to " + SyntheticCohort.MAXIMUM_PATIENTS + ", not " + patients);
        }
    }

    /** The bundle for this seed and size: written once, then reused (a seed always writes the same bytes). */
    private Path prepareStudy() throws IOException {
        DemoStudyMarker wanted = new DemoStudyMarker(seed, patients);
        Path dir = studyDir != null
                ? studyDir
                : database.dataDir.toAbsolutePath().normalize().resolveSibling(wanted.defaultFolderName());
        Path marker = dir.resolve(DemoStudyMarker.FILE);
        if (Files.exists(marker)) {
            DemoStudyMarker written = DemoStudyMarker.parse(Files.readString(marker, StandardCharsets.UTF_8), marker);
            if (!written.equals(wanted)) {
                throw new IllegalArgumentException(dir + " holds the demo study of " + written.describe()
                        + ", not of " + wanted.describe() + "; choose another --study-dir, or "
                        + written.options());
            }
            spec.commandLine().getErr().println("thyrobank demo: reusing the synthetic study in " + dir);
            return dir;
        }
        if (Files.isDirectory(dir) && !isEmpty(dir)) {
            throw new IllegalArgumentException(
                    dir + " is not empty and is not a demo study; choose another --study-dir");
        }
        SyntheticCohort.Summary summary = SyntheticCohort.write(dir, seed, patients);
        Files.writeString(marker, wanted.text(), StandardCharsets.UTF_8);
        spec.commandLine()
                .getErr()
                .printf(
                        "thyrobank demo: wrote a synthetic study of %d patients (%d evaluable), %d files, to %s%n",
                        summary.patients(), summary.evaluable(), summary.filesWritten(), dir);
        return dir;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
