package org.thyrobank.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.thyrobank.platform.database.TestDatabases;

/** The per-file import lock on real MariaDB servers: who waits, who does not, and what a wait too long says. */
class ImportLocksTests {

    private static final String FILE = "sequencing/R01/T-MI-001.vcf";

    static List<TestDatabases.Server> servers() {
        return TestDatabases.servers();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aSecondImportOfAFileWaitsUntilTheFirstReleasesIt(TestDatabases.Server server) throws Exception {
        try (TestDatabases.FreshDatabase db = server.freshDatabase()) {
            ImportLocks locks = locks(db, Duration.ofSeconds(60));
            CountDownLatch waiting = new CountDownLatch(1);
            CompletableFuture<Void> second;
            try (ImportLocks.Held first = locks.lock(FILE, () -> {})) {
                second = CompletableFuture.runAsync(() -> {
                    try (ImportLocks.Held held = locks.lock(FILE, waiting::countDown)) {
                        // held: the first has released it
                    }
                });
                assertThat(waiting.await(10, TimeUnit.SECONDS))
                        .as("told it waits")
                        .isTrue();
                assertThatThrownBy(() -> second.get(500, TimeUnit.MILLISECONDS))
                        .as("still waiting while the first holds the lock")
                        .isInstanceOf(TimeoutException.class);
            }
            second.get(10, TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void otherFilesAndTheSameFileInAnotherDatabaseDoNotWait(TestDatabases.Server server) {
        try (TestDatabases.FreshDatabase db = server.freshDatabase();
                TestDatabases.FreshDatabase other = server.freshDatabase()) {
            ImportLocks locks = locks(db, Duration.ZERO);
            AtomicBoolean waited = new AtomicBoolean();
            try (ImportLocks.Held held = locks.lock(FILE, () -> {})) {
                locks.lock("sequencing/R01/T-MI-002.vcf", () -> waited.set(true))
                        .close();
                locks.lock("clinical/", () -> waited.set(true)).close();
                locks(other, Duration.ZERO).lock(FILE, () -> waited.set(true)).close();
            }
            locks.lock(FILE, () -> waited.set(true)).close();
            assertThat(waited).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aLockHeldLongerThanTheWaitEndsWithAMessageNamingTheFileAndTheSetting(TestDatabases.Server server) {
        try (TestDatabases.FreshDatabase db = server.freshDatabase()) {
            ImportLocks locks = locks(db, Duration.ofSeconds(1));
            try (ImportLocks.Held held = locks.lock("clinical/", () -> {})) {
                long start = System.nanoTime();
                assertThatThrownBy(() -> locks.lock("clinical/", () -> {}))
                        .isInstanceOf(ImportLockTimeoutException.class)
                        .hasMessage("another import held clinical/ for longer than the 1 s an import waits"
                                + " (wait-seconds in batch-jobs/import-lock.properties); nothing of it was changed:"
                                + " import it again when that import has ended");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void lockingManyFilesHoldsEachUntilClosedAndReleasesThoseTakenOnATimeout(TestDatabases.Server server) {
        String other = "sequencing/R01/T-MI-002.vcf";
        try (TestDatabases.FreshDatabase db = server.freshDatabase()) {
            ImportLocks locks = locks(db, Duration.ZERO);
            try (ImportLocks.Held all = locks.lockAll(List.of(other, FILE, FILE), () -> {})) {
                assertThatThrownBy(() -> locks.lock(FILE, () -> {})).isInstanceOf(ImportLockTimeoutException.class);
                assertThatThrownBy(() -> locks.lock(other, () -> {})).isInstanceOf(ImportLockTimeoutException.class);
            }
            locks.lock(FILE, () -> {}).close();

            // one of them held elsewhere: the one taken before it (first in sorted order) is released again
            try (ImportLocks.Held held = locks.lock(other, () -> {})) {
                assertThatThrownBy(() -> locks.lockAll(List.of(FILE, other), () -> {}))
                        .isInstanceOf(ImportLockTimeoutException.class)
                        .hasMessageContaining(other);
            }
            locks.lock(FILE, () -> {}).close();
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void anyPathFitsTheServersLockNameLimit(TestDatabases.Server server) {
        String deep = "sequencing/" + "a-very-long-run-folder-name/".repeat(20) + "T-MI-001.vcf";
        try (TestDatabases.FreshDatabase db = server.freshDatabase()) {
            ImportLocks locks = locks(db, Duration.ZERO);
            try (ImportLocks.Held held = locks.lock(deep, () -> {})) {
                assertThatThrownBy(() -> locks.lock(deep, () -> {})).isInstanceOf(ImportLockTimeoutException.class);
            }
        }
    }

    @Test
    void theNameTellsDatabasesAndPathsApartWithinSixtyFourCharacters() {
        String name = ImportLocks.name("thyrobank", FILE);
        assertThat(name).hasSize(ImportLocks.MAX_NAME_LENGTH).startsWith("thyrobank-import:");
        assertThat(ImportLocks.name("thyrobank", FILE)).isEqualTo(name);
        assertThat(ImportLocks.name("thyrobank_other", FILE)).isNotEqualTo(name);
        assertThat(ImportLocks.name("thyrobank", "sequencing/R01/T-MI-002.vcf")).isNotEqualTo(name);
    }

    @Test
    void aNegativeWaitIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new ImportLocks(new SimpleDriverDataSource(), Duration.ofSeconds(-1)))
                .hasMessage("batch-jobs/import-lock.properties: wait-seconds must be 0 or more, not -1");
    }

    private static ImportLocks locks(TestDatabases.FreshDatabase db, Duration wait) {
        return new ImportLocks(
                new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), db.url(), "root", db.password()), wait);
    }
}
