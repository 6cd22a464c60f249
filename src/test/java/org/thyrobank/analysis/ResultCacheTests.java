package org.thyrobank.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResultCacheTests {

    @Test
    void concurrentCallersForOneVersionShareOneComputation() throws Exception {
        ResultCache<String, Integer> cache = new ResultCache<>(4);
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> cache.get("report", "v1", () -> {
                    computations.incrementAndGet();
                    await(release);
                    return 42;
                })));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(42);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(computations).hasValue(1);
    }

    @Test
    void aNewDataVersionIsComputedAfresh() {
        ResultCache<String, String> cache = new ResultCache<>(4);
        assertThat(cache.get("report", "v1", () -> "old")).isEqualTo("old");
        assertThat(cache.get("report", "v1", () -> "not computed")).isEqualTo("old");
        assertThat(cache.get("report", "v2", () -> "new")).isEqualTo("new");
    }

    @Test
    void aFailedComputationIsNotKept() {
        ResultCache<String, String> cache = new ResultCache<>(4);
        assertThatThrownBy(() -> cache.get("report", "v1", () -> {
                    throw new IllegalStateException("no reference assay");
                }))
                .hasMessage("no reference assay");
        assertThat(cache.get("report", "v1", () -> "computed")).isEqualTo("computed");
    }

    @Test
    void theLeastRecentlyUsedResultIsDroppedBeyondCapacity() {
        ResultCache<String, String> cache = new ResultCache<>(2);
        cache.get("a", "v1", () -> "a1");
        cache.get("b", "v1", () -> "b1");
        cache.get("a", "v1", () -> "unused");
        cache.get("c", "v1", () -> "c1");
        assertThat(cache.get("a", "v1", () -> "recomputed")).isEqualTo("a1");
        assertThat(cache.get("b", "v1", () -> "recomputed")).isEqualTo("recomputed");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
