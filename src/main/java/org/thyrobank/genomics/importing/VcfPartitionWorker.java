package org.thyrobank.genomics.importing;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The worker side of remote partitioning ({@code thyrobank worker}): takes VCF partitions from the
 * {@link PartitionQueue} one at a time and runs step {@code storeVariantsPartition} on the step execution the
 * request names, with Spring Batch's {@link StepExecutionRequestHandler}; the step's end, written to the shared job
 * repository, is the reply the importing process polls for. A request is acknowledged only after its step ended, so
 * a worker killed while running one leaves it to RabbitMQ to give to another worker ({@link PartitionAttempt}).
 */
@Component
public class VcfPartitionWorker {

    private final PartitionQueue queue;
    private final JobRepository repository;
    private final StepExecutionRequestHandler handler = new StepExecutionRequestHandler();

    VcfPartitionWorker(
            PartitionQueue queue,
            JobRepository repository,
            @Qualifier(VcfImportJob.PARTITION_STEP) Step storeVariantsPartition) {
        this.queue = queue;
        this.repository = repository;
        handler.setJobRepository(repository);
        handler.setStepLocator(name -> name.equals(VcfImportJob.PARTITION_STEP) ? storeVariantsPartition : null);
    }

    /**
     * Connects to RabbitMQ (failing at once when it cannot) and runs partitions until the process ends, telling
     * {@code log} which partition it takes and how each ended.
     */
    public void run(PrintWriter log) throws InterruptedException {
        SimpleMessageListenerContainer container = queue.listener(message -> {
            StepExecutionRequest request = PartitionQueue.request(message);
            StepExecution taken = repository.getStepExecution(request.getStepExecutionId());
            log.printf(
                    "took partition %d (%s)%s%n",
                    request.getStepExecutionId(),
                    taken == null
                            ? "no such step execution"
                            : taken.getJobParameters().getString(VcfImportJob.FILE),
                    message.getMessageProperties().isRedelivered()
                            ? " (again: its earlier worker did not finish it)"
                            : "");
            log.flush();
            StepExecution step = handler.handle(request);
            if (step.getEndTime() == null) {
                // the handler caught what the step threw before it could record its end
                step.setEndTime(LocalDateTime.now());
                repository.update(step);
            }
            log.printf(
                    "ended partition %d (%s): %s, %d variants%n",
                    request.getStepExecutionId(),
                    step.getJobParameters().getString(VcfImportJob.FILE),
                    step.getStatus(),
                    step.getWriteCount());
            log.flush();
        });
        log.println("waiting for VCF partitions on the " + queue.describe());
        log.flush();
        container.start();
        try {
            Thread.currentThread().join();
        } finally {
            container.stop();
        }
    }
}
