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
import org.thyrobank.platform.users.ApiTokens;

/**
 * {@code Authorization: Bearer <token>} on the API: the token's user, with its role, if the token is known and the
 * user enabled; otherwise 401 at once. Requests without a bearer token pass on to HTTP Basic.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final UserDetailsService users;
    private final ProblemResponses problems;

    BearerTokenFilter(ApiTokens tokens, UserDetailsService users, ProblemResponses problems) {
        this.tokens = tokens;
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        try {
            UserDetails user = tokenUser(header.substring(BEARER.length()).trim());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(context);
        } catch (AuthenticationException e) {
            SecurityContextHolder.clearContext();
            problems.commence(request, response, e);
            return;
        }
        chain.doFilter(request, response);
    }

    private UserDetails tokenUser(String token) {
        String name = tokens.userOf(token).orElseThrow(() -> new BadCredentialsException("unknown or revoked token"));
        try {
            UserDetails user = users.loadUserByUsername(name);
            if (!user.isEnabled()) {
                throw new DisabledException("the token's user is disabled");
            }
            return user;
        } catch (UsernameNotFoundException e) {
            throw new BadCredentialsException("the token's user no longer exists");
        }
    }
}
