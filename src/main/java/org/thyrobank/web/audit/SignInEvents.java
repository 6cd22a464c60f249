package org.thyrobank.web.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditLog;

/**
 * Sign-ins to the pages and every failed sign-in (pages or API) go to the audit log with the client's address.
 * A successful HTTP Basic API call is not a sign-in entry: the stateless API authenticates every request.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignInEvents {

    private final AuditLog audit;

    SignInEvents(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), AuditAction.SIGN_IN, from(event.getAuthentication()));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String why = event.getException().getClass().getSimpleName();
        String from = from(event.getAuthentication());
        audit.record(
                event.getAuthentication().getName(),
                AuditAction.SIGN_IN_FAILED,
                from == null ? why : why + ", " + from);
    }

    private static String from(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? "from " + details.getRemoteAddress()
                : null;
    }
}
