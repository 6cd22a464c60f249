package org.thyrobank.platform.users;

/** What a signed-in person may do: the lab uploads, researchers read analyses, admins manage the service. */
public enum Role {
    LAB,
    RESEARCHER,
    ADMIN
}
