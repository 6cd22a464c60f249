package org.thyrobank.genomics.importing;

import java.util.Collection;
import java.util.concurrent.TimeoutException;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.messaging.MessageChannel;

/**
 * The manager side of remote partitioning: Spring Batch's {@link MessageChannelPartitionHandler} sends each
 * partition of step {@code storeVariants} to the {@link PartitionQueue} and polls the shared job repository until
 * the workers have ended every partition's step execution. Past the timeout it fails the step with a message saying
 * that no worker answered; the job then ends FAILED and {@link DiscardFailedRows} deletes what was written.
 */
final class RemotePartitions implements PartitionHandler {

    private final MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
    private final PartitionQueue queue;
    private final long timeoutSeconds;

    RemotePartitions(
            JobRepository repository,
            PartitionQueue queue,
            int partitionsPerVcf,
            long timeoutSeconds,
            long pollMillis) {
        this.queue = queue;
        this.timeoutSeconds = timeoutSeconds;
        MessageChannel requests = (message, timeout) -> {
            queue.send((StepExecutionRequest) message.getPayload(), timeoutSeconds * 1000);
            return true;
        };
        handler.setMessagingOperations(new MessagingTemplate(requests));
        handler.setStepName(VcfImportJob.PARTITION_STEP);
        handler.setJobRepository(repository);
        handler.setPollInterval(pollMillis);
        handler.setTimeout(timeoutSeconds * 1000);
        handler.setGridSize(partitionsPerVcf);
        try {
            handler.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution managerStepExecution)
            throws Exception {
        try {
            Collection<StepExecution> partitions = handler.handle(splitter, managerStepExecution);
            for (StepExecution partition : partitions) {
                if (partition.getStatus().isUnsuccessful()) {
                    throw new IllegalStateException(firstLine(partition));
                }
            }
            return partitions;
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "no thyrobank worker finished this file's partition within " + timeoutSeconds
                            + " s (remote-timeout-seconds; partitions go to the " + queue.describe()
                            + "): are workers running on that queue, with this database?",
                    e);
        }
    }

    /** What a worker's step failed with, as its exit description's first line says it (without the exception's class). */
    private static String firstLine(StepExecution partition) {
        String description = partition.getExitStatus().getExitDescription();
        String first = description == null || description.isBlank()
                ? ""
                : description.lines().findFirst().orElse("");
        String message = first.replaceFirst("^[\\w.$]+(Exception|Error): ", "");
        return message.isBlank() ? "a worker's partition ended " + partition.getStatus() : message;
    }
}
