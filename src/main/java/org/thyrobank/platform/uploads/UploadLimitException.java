package org.thyrobank.platform.uploads;

/**
 * An upload refused because its sender already has as many uploads, or as many bytes, waiting for their import as
 * one user may; the message names the limit, its value and the setting that raises it.
 */
public class UploadLimitException extends RuntimeException {

    private final String setting;
    private final long limit;
    private final boolean bytes;

    UploadLimitException(String message, String setting, long limit, boolean bytes) {
        super(message);
        this.setting = setting;
        this.limit = limit;
        this.bytes = bytes;
    }

    /** The property that sets the limit, e.g. {@code thyrobank.uploads.max-pending-per-user}. */
    public String setting() {
        return setting;
    }

    public long limit() {
        return limit;
    }

    /** Whether the limit counts bytes (else uploads). */
    public boolean bytes() {
        return bytes;
    }
}
