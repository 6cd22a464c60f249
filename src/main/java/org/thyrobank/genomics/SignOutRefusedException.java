package org.thyrobank.genomics;

/** A sign-out or withdrawal the rules do not allow (docs/lab-pages.md); the message says which rule and why. */
public class SignOutRefusedException extends RuntimeException {

    public SignOutRefusedException(String message) {
        super(message);
    }
}
