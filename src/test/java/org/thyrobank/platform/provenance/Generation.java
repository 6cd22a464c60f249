package org.thyrobank.platform.provenance;

import java.util.regex.Pattern;

/** A report's text without its provenance's generated_at and generated_by: what must stay the same across requests. */
public final class Generation {

    private static final Pattern GENERATED =
            Pattern.compile("(?m)^(\\s*\"generated_(at|by)\" : ).*?(,?)$|^(provenance\\.generated_(at|by)\\t).*$");

    private Generation() {}

    public static String strip(String report) {
        return GENERATED.matcher(report).replaceAll("$1$4-$3");
    }
}
