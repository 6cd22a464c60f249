package org.thyrobank.platform.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thyrobank.sign-in.*}: failed sign-ins counted over {@code window} (15 minutes); after
 * {@code max-failures-per-account} (5) for one name or {@code max-failures-per-address} (20) from one address, further
 * attempts wait, {@code first-back-off} (1 minute) at first, doubling with each failure after. A burst of failures
 * within the window is audited as its first failure and one row with the count.
 */
@ConfigurationProperties("thyrobank.sign-in")
public record SignInProperties(
        @DefaultValue("15m") Duration window,
        @DefaultValue("5") int maxFailuresPerAccount,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("1m") Duration firstBackOff) {}
