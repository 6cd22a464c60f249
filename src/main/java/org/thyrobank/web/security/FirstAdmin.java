package org.thyrobank.web.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thyrobank.platform.users.Users;

/**
 * The first start of the web service on a database without users creates {@code admin} and prints its password
 * once on stderr (not through the log, so it is in no log file); later starts print nothing.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class FirstAdmin {

    private final Users users;

    FirstAdmin(Users users) {
        this.users = users;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createOnFirstStart() {
        users.createFirstAdmin().ifPresent(password -> {
            System.err.println(
                    "thyrobank: created the sign-in '" + Users.FIRST_ADMIN + "' (ADMIN) with password " + password);
            System.err.println("thyrobank: this password is shown only now; change it with `thyrobank user reset "
                    + Users.FIRST_ADMIN + "`");
            System.err.flush();
        });
    }
}
