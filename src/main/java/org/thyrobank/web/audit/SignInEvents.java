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
import org.thyrobank.platform.audit.FailedSignIns;

/**
 * Sign-ins to the pages and failed sign-ins (pages or API; coalesced per burst by {@link FailedSignIns}) go to the
 * audit log with the client's address. A successful HTTP Basic API call is not a sign-in entry: the stateless API
 * authenticates every request.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignInEvents {

    private final AuditLog audit;
    private final FailedSignIns failures;

    SignInEvents(AuditLog audit, FailedSignIns failures) {
        this.audit = audit;
        this.failures = failures;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), AuditAction.SIGN_IN, from(event.getAuthentication()));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        failures.failed(
                event.getAuthentication().getName(),
                address(event.getAuthentication()),
                event.getException().getClass().getSimpleName());
    }

    private static String from(Authentication authentication) {
        String address = address(authentication);
        return address == null ? null : "from " + address;
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
