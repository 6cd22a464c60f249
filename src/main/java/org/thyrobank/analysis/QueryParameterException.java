package org.thyrobank.analysis;

/** A query parameter the analysis cannot take; {@link #parameter()} names it, the message says why. */
public class QueryParameterException extends IllegalArgumentException {

    private final String parameter;

    public QueryParameterException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
