package org.thyrobank.web;

/** The OpenAPI descriptions of the parameters the research queries share. */
public final class QueryParameterDocs {

    public static final String INCLUDE_PRELIMINARY = "Use every stored hotspot call, also those of runs no second lab"
            + " member has signed out (default: signed-out runs only, as the report)";

    public static final String FREEZE =
            "Answer from this data freeze's data (docs/provenance.md); 404 when there is no such freeze";

    private QueryParameterDocs() {}
}
