package org.thyrobank.genomics.importing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.thyrobank.platform.importing.JobSettings;

/**
 * The RabbitMQ queue that carries VCF partitions from an importing process to {@code thyrobank worker}s: one
 * durable queue ({@code amqp-queue} of {@code batch-jobs/vcf-import.properties}), one message per partition naming
 * the worker step and the partition's step execution, which the worker reads from the shared job repository.
 * Nothing connects until a partition is sent or a worker listens, so a local import needs no RabbitMQ.
 */
@Component
class PartitionQueue implements DisposableBean {

    private final URI amqpUrl;
    private final String queue;
    private CachingConnectionFactory connections;

    PartitionQueue(VcfImportProperties properties, JobSettings jobSettings) {
        this.amqpUrl = properties.amqpUrl();
        this.queue = jobSettings.load(VcfImportJob.SETTINGS).text("amqp-queue");
    }

    /** Sends one partition; RabbitMQ drops it unread after {@code expiresMillis} (its manager stops waiting then). */
    void send(StepExecutionRequest request, long expiresMillis) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_TEXT_PLAIN);
        properties.setExpiration(Long.toString(expiresMillis));
        byte[] body = (request.getStepName() + " " + request.getStepExecutionId()).getBytes(StandardCharsets.UTF_8);
        new RabbitTemplate(connections()).send("", queue, new Message(body, properties));
    }

    /** A listener container taking one partition at a time, acknowledged only once it has run (see docs/scale-out.md). */
    SimpleMessageListenerContainer listener(MessageListener listener) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connections());
        container.setQueueNames(queue);
        container.setPrefetchCount(1);
        container.setConcurrentConsumers(1);
        // a request that cannot be run (no such step execution) is dropped, not offered again forever
        container.setDefaultRequeueRejected(false);
        container.setMessageListener(listener);
        return container;
    }

    static StepExecutionRequest request(Message message) {
        String[] parts = new String(message.getBody(), StandardCharsets.UTF_8).split(" ");
        return new StepExecutionRequest(parts[0], Long.parseLong(parts[1]));
    }

    /** Where the partitions go, for messages: host, port and queue (never the password). */
    String describe() {
        return "queue " + queue + " at " + (amqpUrl == null ? "(no --amqp-url)" : amqpUrl.getHost() + ":" + port());
    }

    private int port() {
        return amqpUrl.getPort() < 0 ? 5672 : amqpUrl.getPort();
    }

    private synchronized CachingConnectionFactory connections() {
        if (connections == null) {
            if (amqpUrl == null) {
                throw new IllegalStateException("remote partitions need the RabbitMQ URL:"
                        + " --amqp-url amqp://user:password@host:5672 or THYROBANK_AMQP_URL");
            }
            CachingConnectionFactory factory = new CachingConnectionFactory(amqpUrl);
            try {
                new RabbitAdmin(factory).declareQueue(new Queue(queue, true, false, false));
            } catch (RuntimeException e) {
                factory.destroy();
                throw new IllegalStateException("cannot reach RabbitMQ (" + describe() + "): " + e.getMessage(), e);
            }
            connections = factory;
        }
        return connections;
    }

    @Override
    public synchronized void destroy() {
        if (connections != null) {
            connections.destroy();
        }
    }
}
