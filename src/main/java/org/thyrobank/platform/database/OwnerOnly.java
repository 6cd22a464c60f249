package org.thyrobank.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the data directory and the credentials file readable by their owner only. */
final class OwnerOnly {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnly.class);

    private OwnerOnly() {}

    /** Sets {@code permissions} on {@code path} when it has others, and says so: someone widened them. */
    static void enforce(Path path, Set<PosixFilePermission> permissions) throws IOException {
        Set<PosixFilePermission> found = Files.getPosixFilePermissions(path);
        if (!found.equals(permissions)) {
            Files.setPosixFilePermissions(path, permissions);
            LOG.warn(
                    "{} had permissions {}; set to {}",
                    path,
                    PosixFilePermissions.toString(found),
                    PosixFilePermissions.toString(permissions));
        }
    }
}
