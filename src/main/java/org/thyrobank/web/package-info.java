/**
 * Pages and REST controllers; they use the modules' root packages (their {@code *Queries}), nothing depends on them.
 * <p>
 * One package per feature, holding its page, its REST API and its downloads: {@code cohort}, {@code associations},
 * {@code survival}, {@code mirna}, {@code dosimetry} (lesion doses, populations, dose-response), {@code report},
 * {@code data}, {@code status}, {@code audit}, {@code uploads}, {@code freezes} (data freezes: their API and ADMIN
 * page under {@code /admin/**}), {@code home} (the home page, the researchers' study
 * dashboard); {@code security} holds the access rules. The researchers'
 * pages are under {@code /research/**} (RESEARCHER and ADMIN, one rule in {@code SecurityRules}) with their templates
 * in {@code templates/research/}. Charts are server-side SVG drawn with {@code platform.rendering.Svg}
 * ({@code SvgCharts} of the report, or the pages' own on {@link org.thyrobank.web.PageChart}); every chart and table has its SVG or CSV download at a sibling path
 * ({@code .svg}, {@code .csv}; CSV by {@code platform.rendering.CsvWriter}), sent with {@link org.thyrobank.web.Download}. This package keeps only what the features
 * share (those two, {@link org.thyrobank.web.Numbers} that writes the pages' numbers,
 * {@link org.thyrobank.web.BadPageParameterException}, the API errors, the OpenAPI header) and the sign-in page.
 *
 * <h2>Adding a page</h2>
 * <ol>
 *   <li>A {@code @Controller} (package-private, in its feature's package) returning a template name; the template in
 *       {@code src/main/resources/templates/} starts with
 *       {@code <html th:replace="~{layout :: page(~{::title}, ~{::main})}">} and has its own {@code <title>} and
 *       {@code <main>}: the layout gives the header, navigation, sign-out form and stylesheet.</li>
 *   <li>The access rule in {@code web.security.SecurityRules#pageSecurity}, e.g.
 *       {@code .requestMatchers("/cohort/**").hasAnyRole(RESEARCHER, ADMIN)} (before {@code anyRequest()});
 *       its REST twin in {@code apiSecurity}, e.g. {@code .requestMatchers("/api/v1/associations/**")...}.
 *       Without a line, a page needs only a signed-in user of any role.</li>
 *   <li>The navigation entry in {@code templates/layout.html} (and a tile in {@code home.html}), inside
 *       {@code sec:authorize} with the same roles as the rule: hiding a link is convenience, the rule is security.</li>
 *   <li>A test through {@code TestHttp} that the allowed roles get 200 and the others 403 (see SecurityRulesTests).</li>
 * </ol>
 * Forms post with Thymeleaf's {@code th:action}, which adds the CSRF token. API errors are RFC 9457 problem details
 * ({@link org.thyrobank.web.ApiErrors}); throw {@link org.thyrobank.web.NotFoundException} for a missing resource.
 */
package org.thyrobank.web;
