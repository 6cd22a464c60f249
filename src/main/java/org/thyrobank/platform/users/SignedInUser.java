package org.thyrobank.platform.users;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A sign-in as Spring Security holds it, with the credentials version of its row at the time it signed in: a page
 * session whose version is no longer the row's (a reset or disable since) is ended ({@link Users#sessionStillValid}).
 */
public final class SignedInUser extends User {

    private final int credentialsVersion;

    SignedInUser(
            String name,
            String passwordHash,
            boolean enabled,
            Collection<? extends GrantedAuthority> authorities,
            int credentialsVersion) {
        super(name, passwordHash, enabled, true, true, true, authorities);
        this.credentialsVersion = credentialsVersion;
    }

    public int credentialsVersion() {
        return credentialsVersion;
    }
}
