package org.thyrobank.platform.uploads;

/** An upload refused before anything was imported; {@code parameter} names the request field at fault. */
public class UploadRejectedException extends RuntimeException {

    private final String parameter;

    UploadRejectedException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
