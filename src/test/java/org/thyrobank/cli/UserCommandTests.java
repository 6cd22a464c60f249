package org.thyrobank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.thyrobank.platform.database.TestDatabases;

class UserCommandTests {

    private static final Pattern PASSWORD_LINE = Pattern.compile("password: (\\S+) {2}\\(shown only this once\\)");

    private TestDatabases.FreshDatabase db;

    @BeforeEach
    void freshDatabase() {
        db = TestDatabases.embeddedServer().freshDatabase();
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void addWithoutAPasswordGeneratesOneAndPrintsItOnce() throws Exception {
        CliRun run = user("add", "anna", "--role", "LAB");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher m = PASSWORD_LINE.matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        assertThat(run.out()).startsWith("added anna (LAB)");
        assertThat(passwordMatches("anna", m.group(1))).isTrue();
        assertThat(column("anna", "role")).isEqualTo("LAB");
    }

    @Test
    void addWithPasswordStdinStoresOnlyTheHashAndPrintsNoPassword() throws Exception {
        CliRun run = withStdin(
                "a-long-enough-secret\n", () -> user("add", "ben", "--role", "researcher", "--password-stdin"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("added ben (RESEARCHER)" + System.lineSeparator());
        assertThat(passwordMatches("ben", "a-long-enough-secret")).isTrue();
        assertThat(column("ben", "password_hash")).startsWith("$2").doesNotContain("secret");
    }

    @Test
    void resetGivesANewPasswordAndEnablesADisabledSignInAgain() throws Exception {
        withStdin("first-password-123\n", () -> user("add", "carl", "--role", "ADMIN", "--password-stdin"));
        CliRun disable = user("disable", "carl");
        assertThat(disable.exitCode()).as(disable.err()).isZero();
        assertThat(disable.out()).contains("disabled carl");
        assertThat(column("carl", "enabled")).isEqualTo("0");

        CliRun reset = user("reset", "carl");
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        Matcher m = PASSWORD_LINE.matcher(reset.out());
        assertThat(m.find()).isTrue();
        assertThat(passwordMatches("carl", m.group(1))).isTrue();
        assertThat(passwordMatches("carl", "first-password-123")).isFalse();
        assertThat(column("carl", "enabled")).isEqualTo("1");
    }

    @Test
    void mistakesAreBadInputWithAReadableMessage() {
        user("add", "dora", "--role", "LAB");
        assertBadInput(user("add", "dora", "--role", "LAB"), "a user named dora exists already");
        assertBadInput(user("reset", "nobody"), "no user named nobody");
        assertBadInput(user("disable", "nobody"), "no user named nobody");
        assertBadInput(user("add", "Bad Name", "--role", "LAB"), "a user name is 2 to 64 lower-case letters");
        assertBadInput(
                withStdin("short\n", () -> user("add", "eve", "--role", "LAB", "--password-stdin")),
                "a password needs at least 12 characters");
        CliRun badRole = user("add", "fay", "--role", "CURATOR");
        assertThat(badRole.exitCode()).isEqualTo(ThyrobankCli.BAD_INPUT);
        assertThat(badRole.err()).contains("--role", "CURATOR");
    }

    private static void assertBadInput(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ThyrobankCli.BAD_INPUT);
        assertThat(run.err()).contains(message).doesNotContain("Exception");
    }

    private CliRun user(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "user";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--db-url";
        all[args.length + 2] = db.url();
        all[args.length + 3] = "--db-password";
        all[args.length + 4] = db.password();
        return CliRun.of(all);
    }

    private static CliRun withStdin(String input, java.util.function.Supplier<CliRun> run) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.get();
        } finally {
            System.setIn(original);
        }
    }

    private boolean passwordMatches(String name, String password) throws Exception {
        return new BCryptPasswordEncoder().matches(password, column(name, "password_hash"));
    }

    private String column(String name, String column) throws Exception {
        try (Connection c = TestDatabases.connect(db.url());
                var s = c.prepareStatement("SELECT " + column + " FROM app_user WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("user " + name).isTrue();
                return rs.getString(1);
            }
        }
    }
}
