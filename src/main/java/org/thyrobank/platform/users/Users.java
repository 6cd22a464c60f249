package org.thyrobank.platform.users;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditLog;

/**
 * The web service's sign-ins, kept in {@code app_user} with a BCrypt hash. Passwords pass through here on their
 * way to the hash and are never stored or logged; a generated one is returned once, for the caller to show.
 * Changes go to the audit log as done by the operating-system account of the process (the command line's user).
 */
@Service
public class Users {

    public static final String FIRST_ADMIN = "admin";
    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    // no 0/O, 1/l/I: a generated password is read off a terminal and typed
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserMapper mapper;
    private final ApiTokens tokens;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    Users(UserMapper mapper, ApiTokens tokens, PasswordEncoder encoder, AuditLog audit) {
        this.mapper = mapper;
        this.tokens = tokens;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** A random password of 20 letters and digits (about 116 bits). */
    public static String generatePassword() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    @Transactional
    public void add(String name, Role role, String password) {
        checkName(name);
        checkPassword(password);
        if (mapper.find(name) != null) {
            throw new IllegalArgumentException("a user named " + name + " exists already (reset or disable it)");
        }
        mapper.insert(new UserMapper.UserRow(name, encoder.encode(password), role, true, LocalDateTime.now(), 0));
        audit.record(AuditLog.commandLine(), AuditAction.USER_ADDED, name + " (" + role + ")");
    }

    /**
     * Sets a new password; a disabled sign-in is enabled again by it. The user's API tokens are revoked and its page
     * sessions end, in the same transaction: whoever held the old password keeps nothing it gave them.
     */
    @Transactional
    public void reset(String name, String password) {
        checkPassword(password);
        if (mapper.setPassword(new UserMapper.PasswordChange(name, encoder.encode(password))) == 0) {
            throw noSuchUser(name);
        }
        audit.record(AuditLog.commandLine(), AuditAction.PASSWORD_RESET, name + endCredentials(name));
    }

    /** Stops the sign-in; its API tokens are revoked and its page sessions end, in the same transaction. */
    @Transactional
    public void disable(String name) {
        if (mapper.disable(name) == 0) {
            throw noSuchUser(name);
        }
        audit.record(AuditLog.commandLine(), AuditAction.USER_DISABLED, name + endCredentials(name));
    }

    /** Revokes every API token of the user (the command line's {@code user revoke-tokens}); answers how many. */
    @Transactional
    public int revokeTokens(String name) {
        if (mapper.find(name) == null) {
            throw noSuchUser(name);
        }
        int revoked = tokens.revokeAll(name);
        audit.record(AuditLog.commandLine(), AuditAction.TOKENS_REVOKED, name + ": " + revoked + " token(s)");
        return revoked;
    }

    /** Whether a session signed in as this user may go on: the sign-in is enabled and not reset since. */
    public boolean sessionStillValid(SignedInUser user) {
        UserMapper.UserRow row = mapper.find(user.getUsername());
        return row != null && row.enabled() && row.credentialsVersion() == user.credentialsVersion();
    }

    private String endCredentials(String name) {
        mapper.bumpCredentialsVersion(name);
        int revoked = tokens.revokeAll(name);
        return revoked == 0 ? "" : " (" + revoked + " token(s) revoked)";
    }

    /**
     * On a database without any ADMIN (none at all, or only LAB and RESEARCHER sign-ins added from the command line),
     * creates {@value #FIRST_ADMIN} with a generated password and returns that password (the only time it exists in
     * clear); empty when an ADMIN exists, or when the name is taken by another sign-in.
     */
    @Transactional
    public Optional<String> createFirstAdmin() {
        if (mapper.countWithRole(Role.ADMIN) > 0 || mapper.find(FIRST_ADMIN) != null) {
            return Optional.empty();
        }
        String password = generatePassword();
        try {
            mapper.insert(new UserMapper.UserRow(
                    FIRST_ADMIN, encoder.encode(password), Role.ADMIN, true, LocalDateTime.now(), 0));
        } catch (DuplicateKeyException anotherProcessWasFirst) {
            return Optional.empty();
        }
        audit.record(AuditLog.commandLine(), AuditAction.USER_ADDED, FIRST_ADMIN + " (ADMIN, first administrator)");
        return Optional.of(password);
    }

    /** Whether a sign-in of this name exists, enabled or not. */
    public boolean exists(String name) {
        return mapper.find(name) != null;
    }

    Optional<UserMapper.UserRow> find(String name) {
        return Optional.ofNullable(mapper.find(name));
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a user name is 2 to 64 lower-case letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit, not " + name);
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    private static IllegalArgumentException noSuchUser(String name) {
        return new IllegalArgumentException("no user named " + name);
    }
}
