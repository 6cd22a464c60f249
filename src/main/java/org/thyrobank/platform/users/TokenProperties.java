package org.thyrobank.platform.users;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thyrobank.tokens.*}: how long an API token lives when its request names no lifetime
 * ({@code default-lifetime}, 30 days) and the longest a request may ask for ({@code max-lifetime}, 365 days).
 */
@ConfigurationProperties("thyrobank.tokens")
public record TokenProperties(
        @DefaultValue("30d") Duration defaultLifetime,
        @DefaultValue("365d") Duration maxLifetime) {

    public TokenProperties {
        if (defaultLifetime.compareTo(maxLifetime) > 0 || defaultLifetime.isNegative() || defaultLifetime.isZero()) {
            throw new IllegalStateException("thyrobank.tokens.default-lifetime (" + defaultLifetime
                    + ") must be positive and no longer than thyrobank.tokens.max-lifetime (" + maxLifetime + ")");
        }
    }
}
