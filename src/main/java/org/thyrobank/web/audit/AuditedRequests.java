package org.thyrobank.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditLog;

/**
 * Report requests, and every CSV, SVG or zip file the service sends (the pages' downloads, the cBioPortal study), go to
 * the audit log: who asked, for which path and parameters.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AuditedRequests implements WebMvcConfigurer {

    private static final Set<String> DOWNLOADED_TYPES = Set.of("text/csv", "image/svg+xml", "application/zip");

    private final AuditLog audit;

    AuditedRequests(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h) {
                        record(request, AuditAction.REPORT_REQUESTED);
                        return true;
                    }
                })
                .addPathPatterns("/api/v1/report", "/api/v1/report/**", "/research/report", "/research/report.html");
        // by what was sent rather than by path, so that a new download is audited without a line here
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void afterCompletion(
                    HttpServletRequest request, HttpServletResponse response, Object h, Exception e) {
                if (e == null && response.getStatus() == HttpServletResponse.SC_OK && isDownload(response)) {
                    record(request, AuditAction.DOWNLOAD);
                }
            }
        });
    }

    private static boolean isDownload(HttpServletResponse response) {
        String type = response.getContentType();
        return type != null
                && DOWNLOADED_TYPES.contains(type.split(";")[0].trim().toLowerCase(Locale.ROOT));
    }

    private void record(HttpServletRequest request, AuditAction action) {
        Principal user = request.getUserPrincipal();
        String query = request.getQueryString();
        audit.record(
                user == null ? null : user.getName(),
                action,
                request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
