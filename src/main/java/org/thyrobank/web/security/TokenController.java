package org.thyrobank.web.security;

import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditLog;
import org.thyrobank.platform.users.ApiTokens;
import org.thyrobank.platform.users.Users;

/**
 * Bearer tokens: the signed-in user issues one (shown only in this answer; only with a password, not with another
 * token) or revokes all of their own; an administrator revokes all of someone's.
 */
@RestController
class TokenController {

    private final ApiTokens tokens;
    private final Users users;
    private final AuditLog audit;

    TokenController(ApiTokens tokens, Users users, AuditLog audit) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
    }

    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issue(Authentication authentication, @RequestBody(required = false) TokenRequest request) {
        if (authentication.getDetails() instanceof ApiTokens.TokenUse) {
            // a stolen token must not outlive its own expiry or revocation by minting a successor
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "a token cannot issue another token: sign in with your password");
        }
        String name = authentication.getName();
        ApiTokens.IssuedToken issued;
        if (request == null || request.lifetimeDays() == null) {
            issued = tokens.issue(name);
        } else if (request.lifetimeDays() < 1
                || request.lifetimeDays() > tokens.maxLifetime().toDays()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "lifetime_days: " + request.lifetimeDays() + " is not between 1 and "
                            + tokens.maxLifetime().toDays() + " (thyrobank.tokens.max-lifetime)");
        } else {
            issued = tokens.issue(name, Duration.ofDays(request.lifetimeDays()));
        }
        audit.record(name, AuditAction.TOKEN_ISSUED, "expires " + issued.expires());
        return new IssuedToken(name, issued.token(), "Bearer", issued.expires());
    }

    @DeleteMapping("/api/v1/tokens")
    Revoked revokeOwn(Authentication authentication) {
        int revoked = tokens.revokeAll(authentication.getName());
        audit.record(authentication.getName(), AuditAction.TOKENS_REVOKED, revoked + " token(s)");
        return new Revoked(authentication.getName(), revoked);
    }

    /** For administrators (the security rules say so): every token of the named user. */
    @DeleteMapping("/api/v1/users/{name}/tokens")
    Revoked revokeUsers(Authentication authentication, @PathVariable String name) {
        if (!users.exists(name)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no user named " + name);
        }
        int revoked = tokens.revokeAll(name);
        audit.record(authentication.getName(), AuditAction.TOKENS_REVOKED, name + ": " + revoked + " token(s)");
        return new Revoked(name, revoked);
    }

    /** {@code lifetime_days}: optional, the default lifetime when absent. */
    record TokenRequest(Integer lifetimeDays) {}

    record IssuedToken(String user, String token, String tokenType, LocalDateTime expires) {}

    record Revoked(String user, int revoked) {}
}
