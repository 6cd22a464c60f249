package org.thyrobank.platform.users;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ApiTokenMapper {

    void insert(TokenRow row);

    /** The token with this hash if it is neither revoked nor expired at {@code now}, or null. */
    ApiTokens.TokenUse usable(Lookup lookup);

    void markUsed(Use use);

    /** Revokes the user's tokens that are not revoked yet; answers how many. */
    int revokeOf(Revocation revocation);

    record TokenRow(String userName, String tokenHash, LocalDateTime created, LocalDateTime expires) {}

    record Lookup(String tokenHash, LocalDateTime now) {}

    record Use(long id, LocalDateTime now) {}

    record Revocation(String userName, LocalDateTime now) {}
}
