package org.thyrobank.web;

/** Something named in the request path does not exist: 404 with what was looked for. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
