package org.thyrobank.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing API call (POST, PUT, PATCH, DELETE) that a browser says comes from another site ({@code
 * Sec-Fetch-Site: cross-site}) or that carries a foreign {@code Origin}: 403 problem JSON. The API has no CSRF token
 * (scripts call it), so this is what stops a cross-site form riding on credentials a browser holds. Clients that send
 * neither header (scripts, curl) pass.
 */
final class ForeignOriginFilter extends OncePerRequestFilter {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ProblemResponses problems;

    ForeignOriginFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (STATE_CHANGING.contains(request.getMethod())) {
            String origin = request.getHeader("Origin");
            if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))
                    || (origin != null && !sameOrigin(origin, request))) {
                problems.write(
                        request,
                        response,
                        HttpStatus.FORBIDDEN,
                        request.getMethod() + " " + request.getRequestURI()
                                + " from another site is refused: the API takes changes only from its own pages"
                                + " and from clients that are not browsers.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Scheme, host and port as the request reached the service ({@code Origin: null} is never the same). */
    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = new URI(origin);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port(scheme, uri.getPort()) == port(scheme, request.getServerPort());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(String scheme, int port) {
        if (port >= 0) {
            return port;
        }
        return "https".equals(scheme) ? 443 : 80;
    }
}
