package org.thyrobank.genomics.importing;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code thyrobank.vcf-import.*}, set by the command line: {@code partition} ({@code local} or {@code remote},
 * the import command's {@code --partition}, overriding {@code batch-jobs/vcf-import.properties}) and
 * {@code amqp-url}, the RabbitMQ the partitions go through ({@code --amqp-url}, {@code THYROBANK_AMQP_URL}).
 */
@ConfigurationProperties("thyrobank.vcf-import")
record VcfImportProperties(String partition, URI amqpUrl) {}
