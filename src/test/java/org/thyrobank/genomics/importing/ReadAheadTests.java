package org.thyrobank.genomics.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The read-ahead thread gives what the source gives, in order, failures included, and stops when closed. */
class ReadAheadTests {

    /** Counts 1..n; throws (once per value) instead of yielding the values in {@code bad}. */
    private static final class Numbers implements Iterator<Integer> {
        private final int n;
        private final List<Integer> bad;
        private final AtomicBoolean inUse = new AtomicBoolean();
        final AtomicInteger produced = new AtomicInteger();
        private int next = 1;

        Numbers(int n, List<Integer> bad) {
            this.n = n;
            this.bad = bad;
        }

        @Override
        public boolean hasNext() {
            if (next <= n && bad.contains(next)) {
                throw new IllegalArgumentException("bad " + next++);
            }
            return next <= n;
        }

        @Override
        public Integer next() {
            if (!inUse.compareAndSet(false, true)) {
                throw new IllegalStateException("used by two threads at once");
            }
            try {
                if (next > n) {
                    throw new NoSuchElementException();
                }
                produced.incrementAndGet();
                return next++;
            } finally {
                inUse.set(false);
            }
        }
    }

    @Test
    void givesEveryItemInOrderThenTheEndForGood() {
        int n = ReadAhead.BATCH * 7 + 3;
        try (ReadAhead<Integer> ahead = new ReadAhead<>(new Numbers(n, List.of()), 1000, "test")) {
            List<Integer> read = new ArrayList<>();
            Integer item;
            while ((item = ahead.next()) != null) {
                read.add(item);
            }
            assertThat(read).hasSize(n).isSorted().startsWith(1).endsWith(n);
            assertThat(ahead.next()).isNull();
        }
    }

    @Test
    void throwsAFailureWhereTheSourceThrewItAndGoesOnAfterItWhenAskedAgain() {
        try (ReadAhead<Integer> ahead = new ReadAhead<>(new Numbers(1000, List.of(300, 301, 999)), 100, "test")) {
            for (int i = 1; i < 300; i++) {
                assertThat(ahead.next()).isEqualTo(i);
            }
            assertThatThrownBy(ahead::next).isInstanceOf(IllegalArgumentException.class).hasMessage("bad 300");
            assertThatThrownBy(ahead::next).isInstanceOf(IllegalArgumentException.class).hasMessage("bad 301");
            for (int i = 302; i < 999; i++) {
                assertThat(ahead.next()).isEqualTo(i);
            }
            assertThatThrownBy(ahead::next).hasMessage("bad 999");
            assertThat(ahead.next()).isEqualTo(1000);
            assertThat(ahead.next()).isNull();
        }
    }

    @Test
    void emptySourceEndsAtOnce() {
        try (ReadAhead<Integer> ahead = new ReadAhead<>(new Numbers(0, List.of()), 10, "test")) {
            assertThat(ahead.next()).isNull();
        }
    }

    @Test
    void staysABoundedWayAheadAndStopsWhenClosedEarly() throws InterruptedException {
        Numbers source = new Numbers(1_000_000, List.of());
        ReadAhead<Integer> ahead = new ReadAhead<>(source, 1000, "test");
        assertThat(ahead.next()).isEqualTo(1);
        Thread.sleep(200);
        // the queue's batches, the one being filled and the one taken
        assertThat(source.produced.get()).isLessThanOrEqualTo(1000 + 3 * ReadAhead.BATCH);
        ahead.close();
        int after = source.produced.get();
        Thread.sleep(200);
        assertThat(source.produced.get()).as("nothing read once closed").isEqualTo(after);
    }
}
