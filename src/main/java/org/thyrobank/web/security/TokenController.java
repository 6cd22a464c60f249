package org.thyrobank.web.security;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thyrobank.platform.users.ApiTokens;

/** Bearer tokens for the signed-in user: issue one (shown only in this answer), or revoke them all. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenController {

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issue(Principal principal) {
        return new IssuedToken(principal.getName(), tokens.issue(principal.getName()), "Bearer");
    }

    @DeleteMapping
    Revoked revokeAll(Principal principal) {
        return new Revoked(principal.getName(), tokens.revokeAll(principal.getName()));
    }

    record IssuedToken(String user, String token, String tokenType) {
    }

    record Revoked(String user, int revoked) {
    }
}
