package org.thyrobank.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import org.thyrobank.platform.audit.FailedSignIns;

/**
 * Refuses a sign-in attempt (the form's POST, an API call with Basic credentials or a bearer token) while its name or
 * client address is backed off ({@link SignInThrottle}): 429 with {@code Retry-After}, without checking the password.
 * The refusal counts in the audit log's burst of failures.
 */
final class SignInBackOffFilter extends OncePerRequestFilter {

    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";

    private final SignInThrottle throttle;
    private final FailedSignIns failures;
    private final ProblemResponses problems;
    private final boolean api;

    /** {@code api}: the API's credentials in the Authorization header, else the sign-in form's POST. */
    SignInBackOffFilter(SignInThrottle throttle, FailedSignIns failures, ProblemResponses problems, boolean api) {
        this.throttle = throttle;
        this.failures = failures;
        this.problems = problems;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Attempt> attempt = api ? apiAttempt(request) : formAttempt(request);
        Optional<Duration> wait = attempt.flatMap(a -> throttle.waitFor(a.account(), request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        failures.refused(attempt.get().account(), request.getRemoteAddr());
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        String detail =
                "Too many failed sign-ins for this name or from this address: try again in " + seconds + " second(s).";
        if (api) {
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, detail);
        } else {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"en\"><head><title>Sign in · thyrobank</title>"
                            + "<link rel=\"stylesheet\" href=\"/css/thyrobank.css\"></head><body><main class=\"narrow\">"
                            + "<h1>Sign in</h1><p class=\"error\">" + HtmlUtils.htmlEscape(detail) + "</p>"
                            + "<p><a href=\"/login\">Back to the sign-in page</a></p></main></body></html>");
        }
    }

    private static Optional<Attempt> formAttempt(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || !"/login".equals(request.getServletPath())) {
            return Optional.empty();
        }
        return Optional.of(new Attempt(request.getParameter("username")));
    }

    private static Optional<Attempt> apiAttempt(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return Optional.empty();
        }
        if (header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(new Attempt(null));
        }
        if (header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.of(
                    new Attempt(basicUser(header.substring(BASIC.length()).trim())));
        }
        return Optional.empty();
    }

    /** The name in Basic credentials; null when they do not decode (Basic authentication then refuses them). */
    private static String basicUser(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private record Attempt(String account) {}
}
