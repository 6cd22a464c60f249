package org.thyrobank.genomics;

/** No VCF of this sequencing run is stored. */
public class UnknownRunException extends RuntimeException {

    public UnknownRunException(String runId) {
        super("no sequencing run " + runId);
    }
}
