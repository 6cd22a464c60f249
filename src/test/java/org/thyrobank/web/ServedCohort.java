package org.thyrobank.web;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.thyrobank.demo.SyntheticCohort;
import org.thyrobank.platform.database.TestApplication;
import org.thyrobank.platform.database.TestDatabases;
import org.thyrobank.platform.importing.StudyImport;
import org.thyrobank.platform.users.Role;
import org.thyrobank.platform.users.Users;

/** The web service on a fresh embedded test database, a synthetic cohort imported, one sign-in per role. */
public final class ServedCohort {

    public static final String PASSWORD = "a long enough test password";
    public static final long SEED = 7;

    private ServedCohort() {}

    /** Signs in as {@code lab} (LAB), {@code researcher} (RESEARCHER) and {@code boss} (ADMIN). */
    public static TestApplication start(Path study) {
        TestApplication app = TestApplication.start(
                TestDatabases.embeddedServer(), WebApplicationType.SERVLET, Map.of("server.port", 0));
        Users users = app.bean(Users.class);
        users.add("lab", Role.LAB, PASSWORD);
        users.add("researcher", Role.RESEARCHER, PASSWORD);
        users.add("boss", Role.ADMIN, PASSWORD);
        SyntheticCohort.write(study, SEED);
        app.bean(StudyImport.class).importStudy(study);
        return app;
    }
}
