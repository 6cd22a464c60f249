package org.thyrobank.platform.uploads;

/** An upload the sender's role may not make (clinical data from the lab, say); nothing of it is kept. */
public class UploadForbiddenException extends RuntimeException {

    public UploadForbiddenException(String message) {
        super(message);
    }
}
