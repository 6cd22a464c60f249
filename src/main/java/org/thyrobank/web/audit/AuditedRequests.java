package org.thyrobank.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditLog;

/** Report and export requests go to the audit log: who asked, for which path and parameters. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AuditedRequests implements WebMvcConfigurer {

    private final AuditLog audit;

    AuditedRequests(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Recording(AuditAction.REPORT_REQUESTED))
                .addPathPatterns("/api/v1/report", "/api/v1/report/**");
        registry.addInterceptor(new Recording(AuditAction.EXPORT_REQUESTED))
                .addPathPatterns("/research/cohort/cbioportal.zip");
    }

    private final class Recording implements HandlerInterceptor {

        private final AuditAction action;

        Recording(AuditAction action) {
            this.action = action;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Principal user = request.getUserPrincipal();
            String query = request.getQueryString();
            audit.record(
                    user == null ? null : user.getName(),
                    action,
                    request.getRequestURI() + (query == null ? "" : "?" + query));
            return true;
        }
    }
}
