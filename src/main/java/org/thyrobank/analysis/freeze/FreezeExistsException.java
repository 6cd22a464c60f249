package org.thyrobank.analysis.freeze;

/** A freeze of that name exists already, and freezes are immutable: exit 2 on the command line, 409 over HTTP. */
public class FreezeExistsException extends IllegalArgumentException {

    private final String name;

    FreezeExistsException(String name) {
        super("a freeze named '" + name + "' exists already; freezes are immutable");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
