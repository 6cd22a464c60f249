package org.thyrobank.platform.users;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Spring Security's view of {@link Users}. It lives beside the users rather than in the web layer so that
 * every context (the command line's too) has it, and Spring Boot never falls back to an in-memory user with
 * a logged password.
 */
@Component
class SignIns implements UserDetailsService {

    private final Users users;

    SignIns(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        UserMapper.UserRow row = users.find(name).orElseThrow(() -> new UsernameNotFoundException("no user " + name));
        return new SignedInUser(
                row.name(),
                row.passwordHash(),
                row.enabled(),
                List.of(new SimpleGrantedAuthority("ROLE_" + row.role().name())),
                row.credentialsVersion());
    }
}
