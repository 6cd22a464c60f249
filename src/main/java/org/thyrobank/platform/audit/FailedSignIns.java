package org.thyrobank.platform.audit;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;

/**
 * Failed sign-ins (a wrong password on the form or HTTP Basic, an unknown or expired bearer token, an attempt refused
 * while backed off) go to the audit log coalesced, so that a password-guessing run cannot flood it: per name and
 * client address, the first failure of a burst is written at once, and the rest of the burst, if any, as one more
 * entry with its count when the burst's window ({@code thyrobank.sign-in.window}) has passed.
 */
@Service
public class FailedSignIns {

    private final AuditLog audit;
    private final Duration window;
    private final Map<Key, Burst> bursts = new HashMap<>();
    private ScheduledExecutorService closer;

    FailedSignIns(AuditLog audit, SignInProperties properties) {
        this.audit = audit;
        this.window = properties.window();
    }

    /** A failed attempt: {@code actor} the name tried (null if none), {@code why} what failed. */
    public void failed(String actor, String address, String why) {
        count(new Key(actor, address), why, false);
    }

    /** An attempt refused unchecked because its name or address is backed off. */
    public void refused(String actor, String address) {
        count(new Key(actor, address), "refused while backed off", true);
    }

    private void count(Key key, String why, boolean refused) {
        boolean first;
        synchronized (this) {
            Burst burst = bursts.get(key);
            first = burst == null;
            if (first) {
                bursts.put(key, new Burst());
                scheduler().schedule(() -> close(key), window.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                burst.more++;
                burst.refused += refused ? 1 : 0;
            }
        }
        if (first) {
            audit.record(key.actor(), AuditAction.SIGN_IN_FAILED, why + from(key));
        }
    }

    private void close(Key key) {
        Burst burst;
        synchronized (this) {
            burst = bursts.remove(key);
        }
        if (burst != null && burst.more > 0) {
            audit.record(key.actor(), AuditAction.SIGN_IN_FAILED, summary(key, burst));
        }
    }

    private String summary(Key key, Burst burst) {
        return burst.more + " more failed sign-in(s)" + from(key) + " within " + readable(window) + " of the first"
                + (burst.refused == 0 ? "" : " (" + burst.refused + " refused while backed off)");
    }

    /** At shutdown the bursts still open are written, so that no failure goes unrecorded. */
    @PreDestroy
    void closeAll() {
        List<Key> open;
        synchronized (this) {
            open = new ArrayList<>(bursts.keySet());
            if (closer != null) {
                closer.shutdownNow();
            }
        }
        open.forEach(this::close);
    }

    private ScheduledExecutorService scheduler() {
        if (closer == null) {
            closer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "thyrobank-failed-sign-ins");
                thread.setDaemon(true);
                return thread;
            });
        }
        return closer;
    }

    private static String readable(Duration d) {
        return d.toSeconds() % 60 == 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
    }

    private static String from(Key key) {
        return key.address() == null ? "" : ", from " + key.address();
    }

    private record Key(String actor, String address) {}

    private static final class Burst {
        int more;
        int refused;
    }
}
