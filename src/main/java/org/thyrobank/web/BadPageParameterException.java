package org.thyrobank.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.thyrobank.analysis.QueryParameterException;

/** A page parameter that names nothing: 400 with the parameter named. */
public class BadPageParameterException extends ResponseStatusException {

    public BadPageParameterException(String parameter, String value) {
        super(HttpStatus.BAD_REQUEST, parameter + ": '" + value + "' is not a valid value");
    }

    /** The analysis' own words for a query parameter it cannot take. */
    public BadPageParameterException(QueryParameterException e) {
        super(HttpStatus.BAD_REQUEST, e.getMessage(), e);
    }
}
