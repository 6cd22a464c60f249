package org.thyrobank.cli;

import java.net.URI;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --amqp-url}: the RabbitMQ through which an import and its workers exchange VCF partitions. */
final class AmqpOption {

    /** Bound to {@code genomics.importing.VcfImportProperties}. */
    static final String PARTITION = "thyrobank.vcf-import.partition";

    private static final String AMQP_URL = "thyrobank.vcf-import.amqp-url";

    @Option(
            names = "--amqp-url",
            paramLabel = "URL",
            defaultValue = "${env:THYROBANK_AMQP_URL}",
            description =
                    "RabbitMQ for remote partitions, amqp://user:password@host:5672 (default: $THYROBANK_AMQP_URL).")
    URI url;

    Map<String, Object> properties() {
        return url == null ? Map.of() : Map.of(AMQP_URL, url.toString());
    }
}
