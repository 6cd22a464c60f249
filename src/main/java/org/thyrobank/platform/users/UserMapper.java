package org.thyrobank.platform.users;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface UserMapper {

    UserRow find(String name);

    long countWithRole(Role role);

    void insert(UserRow row);

    int setPassword(PasswordChange change);

    int disable(String name);

    /** Ends the page sessions signed in before (see {@link SignedInUser}). */
    int bumpCredentialsVersion(String name);

    record UserRow(
            String name,
            String passwordHash,
            Role role,
            boolean enabled,
            LocalDateTime created,
            int credentialsVersion) {}

    /** A new hash for a sign-in, which is enabled again by it. */
    record PasswordChange(String name, String passwordHash) {}
}
