package org.thyrobank.analysis.freeze;

/** No freeze has the name asked for: exit 2 on the command line, 404 over HTTP. */
public class UnknownFreezeException extends IllegalArgumentException {

    private final String name;

    UnknownFreezeException(String name) {
        super("no freeze named '" + name + "' (see freeze list)");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
