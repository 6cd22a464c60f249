package org.thyrobank.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thyrobank.platform.audit.FailedSignIns;
import org.thyrobank.platform.users.ApiTokens;

/**
 * {@code Authorization: Bearer <token>} on the API: the token's user, with its role, if the token is known, neither
 * expired nor revoked, and the user enabled; otherwise 401 at once, counted for the back-off and the audit log.
 * The authentication's details are the {@link ApiTokens.TokenUse}, which is how a token is told from a password
 * (a token may not issue another). Requests without a bearer token pass on to HTTP Basic.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final UserDetailsService users;
    private final ProblemResponses problems;
    private final SignInThrottle throttle;
    private final FailedSignIns failures;

    BearerTokenFilter(
            ApiTokens tokens,
            UserDetailsService users,
            ProblemResponses problems,
            SignInThrottle throttle,
            FailedSignIns failures) {
        this.tokens = tokens;
        this.users = users;
        this.problems = problems;
        this.throttle = throttle;
        this.failures = failures;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        ApiTokens.TokenUse use =
                tokens.use(header.substring(BEARER.length()).trim()).orElse(null);
        try {
            UserDetails user = tokenUser(use);
            UsernamePasswordAuthenticationToken authentication =
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            authentication.setDetails(use);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
        } catch (AuthenticationException e) {
            SecurityContextHolder.clearContext();
            throttle.failed(null, request.getRemoteAddr());
            failures.failed(
                    use == null ? null : use.userName(), request.getRemoteAddr(), "bearer token: " + e.getMessage());
            problems.commence(request, response, e);
            return;
        }
        chain.doFilter(request, response);
    }

    private UserDetails tokenUser(ApiTokens.TokenUse use) {
        if (use == null) {
            throw new BadCredentialsException("unknown, expired or revoked");
        }
        try {
            UserDetails user = users.loadUserByUsername(use.userName());
            if (!user.isEnabled()) {
                throw new DisabledException("its user is disabled");
            }
            return user;
        } catch (UsernameNotFoundException e) {
            throw new BadCredentialsException("its user no longer exists");
        }
    }
}
