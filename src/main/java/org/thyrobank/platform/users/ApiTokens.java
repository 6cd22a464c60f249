package org.thyrobank.platform.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the API, so that scripts need not hold a password. A token is 256 random bits, shown once;
 * only its SHA-256 is stored. A token acts as its user: with the user's role, and not at all once the user is
 * disabled (the sign-in check does that).
 */
@Service
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "tbk_";

    private final ApiTokenMapper mapper;

    ApiTokens(ApiTokenMapper mapper) {
        this.mapper = mapper;
    }

    /** A new token for the user; the only time it exists in clear. */
    @Transactional
    public String issue(String userName) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        mapper.insert(new ApiTokenMapper.TokenRow(userName, hash(token), LocalDateTime.now()));
        return token;
    }

    /** The user whose token this is; empty for an unknown or revoked token. */
    public Optional<String> userOf(String token) {
        return Optional.ofNullable(mapper.userOf(hash(token)));
    }

    /** Revokes every token of the user; answers how many there were. */
    @Transactional
    public int revokeAll(String userName) {
        return mapper.deleteOf(userName);
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
