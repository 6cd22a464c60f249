package org.thyrobank.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Results computed from the database, kept per data version: when fifty researchers ask for the same report at
 * once, it is computed once and the others wait for that computation; a new data version is a new key, so a
 * cached result never outlives the data it was computed from. A computation that fails is not kept (its
 * exception reaches every waiting caller). At most {@code capacity} results are kept, the least recently used
 * dropped first.
 */
final class ResultCache<K, V> {

    private record Key<K>(K query, String dataVersion) {}

    private final Map<Key<K>, CompletableFuture<V>> results;

    ResultCache(int capacity) {
        this.results = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key<K>, CompletableFuture<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The result for {@code query} at {@code dataVersion}, computed by {@code compute} if nobody has yet. */
    V get(K query, String dataVersion, Supplier<V> compute) {
        Key<K> key = new Key<>(query, Objects.requireNonNull(dataVersion));
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> existing;
        synchronized (results) {
            existing = results.putIfAbsent(key, mine);
        }
        if (existing != null) {
            return join(existing);
        }
        try {
            V value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            synchronized (results) {
                results.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static <V> V join(CompletableFuture<V> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
