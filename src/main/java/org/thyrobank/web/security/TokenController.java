package org.thyrobank.web.security;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditLog;
import org.thyrobank.platform.users.ApiTokens;

/** Bearer tokens for the signed-in user: issue one (shown only in this answer), or revoke them all. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenController {

    private final ApiTokens tokens;
    private final AuditLog audit;

    TokenController(ApiTokens tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issue(Principal principal) {
        String token = tokens.issue(principal.getName());
        audit.record(principal.getName(), AuditAction.TOKEN_ISSUED, null);
        return new IssuedToken(principal.getName(), token, "Bearer");
    }

    @DeleteMapping
    Revoked revokeAll(Principal principal) {
        int revoked = tokens.revokeAll(principal.getName());
        audit.record(principal.getName(), AuditAction.TOKENS_REVOKED, revoked + " token(s)");
        return new Revoked(principal.getName(), revoked);
    }

    record IssuedToken(String user, String token, String tokenType) {}

    record Revoked(String user, int revoked) {}
}
