package org.thyrobank.platform.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the API, so that scripts need not hold a password. A token is 256 random bits, shown once;
 * only its SHA-256 is stored. A token acts as its user: with the user's role, and not at all once the user is
 * disabled (the sign-in check does that). It expires ({@code thyrobank.tokens.default-lifetime}, 30 days, or
 * what the request asks up to {@code thyrobank.tokens.max-lifetime}) and is revoked with its user's reset or
 * disable.
 */
@Service
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "tbk_";

    private final ApiTokenMapper mapper;
    private final Duration defaultLifetime;
    private final Duration maxLifetime;

    ApiTokens(ApiTokenMapper mapper, TokenProperties properties) {
        this.mapper = mapper;
        this.defaultLifetime = properties.defaultLifetime();
        this.maxLifetime = properties.maxLifetime();
    }

    /** A token in use: its row and its user. */
    public record TokenUse(long id, String userName) {}

    /** A new token of the default lifetime; the only time it exists in clear. */
    public IssuedToken issue(String userName) {
        return issue(userName, defaultLifetime);
    }

    /** A new token valid for {@code lifetime}, which must be positive and within the maximum. */
    @Transactional
    public IssuedToken issue(String userName, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(maxLifetime) > 0) {
            throw new IllegalArgumentException("a token lives at least 1 day and at most " + maxLifetime.toDays()
                    + " days (thyrobank.tokens.max-lifetime), not " + lifetime.toDays());
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime expires = now.plus(lifetime);
        mapper.insert(new ApiTokenMapper.TokenRow(userName, hash(token), now, expires));
        return new IssuedToken(token, expires);
    }

    /** A token in clear, as issued, with the time it stops working. */
    public record IssuedToken(String token, LocalDateTime expires) {}

    /** The longest lifetime a request may ask for. */
    public Duration maxLifetime() {
        return maxLifetime;
    }

    /** The token's row and user, noting the use; empty for an unknown, expired or revoked token. */
    @Transactional
    public Optional<TokenUse> use(String token) {
        LocalDateTime now = LocalDateTime.now();
        Optional<TokenUse> use = Optional.ofNullable(mapper.usable(new ApiTokenMapper.Lookup(hash(token), now)));
        use.ifPresent(u -> mapper.markUsed(new ApiTokenMapper.Use(u.id(), now)));
        return use;
    }

    /** Revokes every token of the user; answers how many were still valid or unrevoked. */
    @Transactional
    public int revokeAll(String userName) {
        return mapper.revokeOf(new ApiTokenMapper.Revocation(userName, LocalDateTime.now()));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
