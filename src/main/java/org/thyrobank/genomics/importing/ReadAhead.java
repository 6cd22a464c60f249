package org.thyrobank.genomics.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs an iterator on a thread of its own, up to a bounded number of items ahead of the one thread that
 * {@link #next() takes} them, so that producing items (parsing a VCF) and using them (the chunk's JDBC round
 * trips) overlap on two cores. Items travel in small batches. The consumer sees exactly what calling the source
 * itself would give, in the same order: an exception the source throws is thrown by {@code next()} at the same
 * place, and asking again goes on with what the source gives after it (as a step that skips bad records does).
 * {@link #close()} stops the thread and waits for it, so that the source can be closed afterwards.
 */
final class ReadAhead<T> implements AutoCloseable {

    static final int BATCH = 256;
    private static final long OFFER_WAIT_MS = 100;

    /** Items, then possibly what the source threw after them, or the end. */
    private record Batch<T>(List<T> items, Throwable failure, boolean end) {
    }

    private final Iterator<T> source;
    private final BlockingQueue<Batch<T>> queue;
    private final Thread thread;
    private volatile boolean stopped;
    private Batch<T> current;
    private int position;

    /**
     * @param ahead items produced ahead at most (rounded up to whole batches)
     */
    ReadAhead(Iterator<T> source, int ahead, String threadName) {
        this.source = source;
        this.queue = new ArrayBlockingQueue<>(Math.max(1, (ahead + BATCH - 1) / BATCH));
        this.current = new Batch<>(Collections.emptyList(), null, false);
        this.thread = new Thread(this::produce, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** The next item, {@code null} at the end; throws what the source threw at this place. */
    T next() {
        while (position == current.items().size()) {
            Throwable failure = current.failure();
            if (failure != null) {
                current = new Batch<>(Collections.emptyList(), null, current.end());
                position = 0;
                throw unchecked(failure);
            }
            if (current.end()) {
                return null;
            }
            current = take();
            position = 0;
        }
        return current.items().get(position++);
    }

    private Batch<T> take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next records", e);
        }
    }

    private static RuntimeException unchecked(Throwable failure) {
        if (failure instanceof Error e) {
            throw e;
        }
        return failure instanceof RuntimeException e ? e : new IllegalStateException(failure);
    }

    private void produce() {
        List<T> items = new ArrayList<>(BATCH);
        try {
            while (!stopped) {
                boolean more;
                try {
                    more = source.hasNext();
                } catch (RuntimeException e) {
                    send(new Batch<>(items, e, false));
                    items = new ArrayList<>(BATCH);
                    continue;
                }
                if (!more) {
                    send(new Batch<>(items, null, true));
                    return;
                }
                items.add(source.next());
                if (items.size() == BATCH) {
                    send(new Batch<>(items, null, false));
                    items = new ArrayList<>(BATCH);
                }
            }
        } catch (InterruptedException e) {
            // stopped: nobody takes any more
        } catch (Throwable e) {
            try {
                send(new Batch<>(items, e, true));
            } catch (InterruptedException stopped) {
                // nobody takes any more
            }
        }
    }

    /** Waits for room, giving up once the consumer has stopped. */
    private void send(Batch<T> batch) throws InterruptedException {
        while (!stopped) {
            if (queue.offer(batch, OFFER_WAIT_MS, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    /** Stops the thread and waits for it to end: the source is no longer used once this returns. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        queue.clear();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
