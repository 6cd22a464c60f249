package org.thyrobank.web.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.thyrobank.platform.audit.FailedSignIns;
import org.thyrobank.platform.users.ApiTokens;
import org.thyrobank.platform.users.Users;

/**
 * Who may reach what, checked on the server for every request. Two filter chains: the REST API (stateless,
 * HTTP Basic, no CSRF token because no browser session is involved but changes from a foreign origin refused, RFC
 * 9457 problem details for 401 and 403) and the pages (form sign-in, session, CSRF on every form, a session ended
 * once its user is reset or disabled). The API also takes {@code Authorization: Bearer <token>} with a token from
 * {@code POST /api/v1/tokens}. Both back off after repeated failed sign-ins (429). A new page or endpoint gets its
 * line here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityRules {

    static final String LAB = "LAB";
    static final String RESEARCHER = "RESEARCHER";
    static final String ADMIN = "ADMIN";

    /**
     * The pages load scripts, styles and images from the service only: no inline script or style (an injected
     * {@code <script>} does not run), no framing, forms post back to the service. Swagger UI sets styles through the
     * DOM and shows data: images, which this allows.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ProblemResponses problems,
            ApiTokens tokens,
            UserDetailsService users,
            SignInThrottle throttle,
            FailedSignIns failures) {
        http.securityMatcher("/api/**")
                // in this order, all before Basic: refuse a foreign origin, then a backed-off sign-in, then a token
                .addFilterBefore(new ForeignOriginFilter(problems), BasicAuthenticationFilter.class)
                .addFilterBefore(
                        new SignInBackOffFilter(throttle, failures, problems, true), BasicAuthenticationFilter.class)
                .addFilterBefore(
                        new BearerTokenFilter(tokens, users, problems, throttle, failures),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/api/v1/status", "/api/v1/audit", "/api/v1/audit/**", "/api/v1/users/**")
                        .hasRole(ADMIN)
                        .requestMatchers("/api/v1/uploads/**")
                        .hasAnyRole(LAB, ADMIN)
                        // any signed-in user lists the data freezes; only an administrator makes one
                        .requestMatchers(HttpMethod.POST, "/api/v1/freezes", "/api/v1/freezes/**")
                        .hasRole(ADMIN)
                        // four eyes: a lab member signs a run out or withdraws its sign-out (docs/lab-pages.md)
                        .requestMatchers(HttpMethod.POST, "/api/v1/runs/*/sign-out")
                        .hasRole(LAB)
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/runs/*/sign-out")
                        .hasRole(LAB)
                        .requestMatchers("/api/v1/runs", "/api/v1/runs/**")
                        .hasAnyRole(LAB, ADMIN)
                        // outcomes are for researchers: the lab sees uploads, jobs and calls, not responses
                        .requestMatchers(
                                "/api/v1/report",
                                "/api/v1/report/**",
                                "/api/v1/associations",
                                "/api/v1/associations/**",
                                "/api/v1/survival",
                                "/api/v1/survival/**",
                                "/api/v1/patients",
                                "/api/v1/patients/**",
                                "/api/v1/mirna-tests",
                                "/api/v1/mirna-tests/**",
                                "/api/v1/cohort",
                                "/api/v1/cohort/**",
                                "/api/v1/lesion-doses",
                                "/api/v1/lesion-doses/**",
                                "/api/v1/mirna-qc",
                                "/api/v1/mirna-qc/**")
                        .hasAnyRole(RESEARCHER, ADMIN)
                        .requestMatchers(
                                "/api/v1/specimens/*/hotspot-calls", "/api/v1/qpcr-values", "/api/v1/qpcr-values/**")
                        .hasAnyRole(LAB, RESEARCHER, ADMIN)
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(
            HttpSecurity http,
            Users users,
            SignInThrottle throttle,
            FailedSignIns failures,
            ProblemResponses problems) {
        http.addFilterBefore(
                        new SignInBackOffFilter(throttle, failures, problems, false),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionCredentialsCheck(users), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login", "/css/**", "/js/**", "/error", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        // the API description and Swagger UI (any signed-in user) fall under anyRequest()
                        .requestMatchers("/uploads/**")
                        .hasAnyRole(LAB, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/lab/runs/*/sign-out", "/lab/runs/*/withdraw")
                        .hasRole(LAB)
                        .requestMatchers("/lab/**")
                        .hasAnyRole(LAB, ADMIN)
                        // the analysis pages show outcomes: researchers and administrators only
                        .requestMatchers("/research/**")
                        .hasAnyRole(RESEARCHER, ADMIN)
                        .requestMatchers("/status", "/audit", "/audit/**", "/consent", "/admin/**", "/actuator/**")
                        .hasRole(ADMIN)
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .headers(
                        headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }
}
