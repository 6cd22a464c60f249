package org.thyrobank.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.thyrobank.platform.audit.SignInProperties;

/**
 * Back-off after repeated failed sign-ins, per name and per client address: once a name has failed {@code
 * thyrobank.sign-in.max-failures-per-account} times (or an address {@code max-failures-per-address} times) with no
 * pause of {@code thyrobank.sign-in.window} between them, every further attempt is refused unchecked for {@code
 * thyrobank.sign-in.first-back-off}, doubled with each failure after it (at most the window). A successful sign-in
 * clears its name's count, not its address's. Kept in memory: a restart forgets it.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignInThrottle {

    // addresses and names forgotten once idle for a window, so that guessing many names cannot grow the map for ever
    private static final int PRUNE_ABOVE = 10_000;

    private final Duration window;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration firstBackOff;
    private final Map<String, Failures> byAccount = new HashMap<>();
    private final Map<String, Failures> byAddress = new HashMap<>();

    SignInThrottle(SignInProperties properties) {
        this.window = properties.window();
        this.maxPerAccount = properties.maxFailuresPerAccount();
        this.maxPerAddress = properties.maxFailuresPerAddress();
        this.firstBackOff = properties.firstBackOff();
    }

    /** How long an attempt for this name (null if none) from this address must wait; empty if it may go ahead. */
    synchronized Optional<Duration> waitFor(String account, String address) {
        Instant now = Instant.now();
        Duration wait = Duration.ZERO;
        if (account != null) {
            wait = max(wait, remaining(byAccount.get(account), maxPerAccount, now));
        }
        wait = max(wait, remaining(byAddress.get(address), maxPerAddress, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    synchronized void failed(String account, String address) {
        Instant now = Instant.now();
        if (account != null) {
            count(byAccount, account, now);
        }
        if (address != null) {
            count(byAddress, address, now);
        }
    }

    synchronized void succeeded(String account) {
        byAccount.remove(account);
    }

    /** A failed form or Basic sign-in (bearer tokens are counted by their filter). */
    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        failed(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }

    private void count(Map<String, Failures> failures, String key, Instant now) {
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(f -> f.last.plus(window).isBefore(now));
        }
        Failures f = failures.get(key);
        if (f == null || f.last.plus(window).isBefore(now)) {
            failures.put(key, new Failures(1, now));
        } else {
            f.count++;
            f.last = now;
        }
    }

    private Duration remaining(Failures f, int max, Instant now) {
        if (f == null || f.count < max || f.last.plus(window).isBefore(now)) {
            return Duration.ZERO;
        }
        int doublings = Math.min(f.count - max, 30);
        Duration backOff = firstBackOff.multipliedBy(1L << doublings);
        Duration left = Duration.between(now, f.last.plus(backOff.compareTo(window) > 0 ? window : backOff));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static final class Failures {
        int count;
        Instant last;

        Failures(int count, Instant last) {
            this.count = count;
            this.last = last;
        }
    }
}
