package com.stockrecon.partitions;

import java.util.List;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import com.stockrecon.runs.StagedStep;

/** Partitions on threads of this process: as many at once as {@code stockrecon.partitions.count}, or cores. */
@Component
@ConditionalOnProperty(name = "stockrecon.partitions.remote", havingValue = "false", matchIfMissing = true)
public class LocalPartitionedSteps implements PartitionedSteps {

    private final JobRepository repository;
    private final PlatformTransactionManager transactions;
    private final PartitionTasklet tasklet;
    private final SharedTablesFirst sharedTables;
    private final int threads;

    public LocalPartitionedSteps(JobRepository repository, PlatformTransactionManager transactions,
            PartitionTasklet tasklet, SharedTablesFirst sharedTables,
            @Value("${stockrecon.partitions.count:0}") int count) {
        this.repository = repository;
        this.transactions = transactions;
        this.tasklet = tasklet;
        this.sharedTables = sharedTables;
        this.threads = count > 0 ? count : Runtime.getRuntime().availableProcessors();
    }

    @Override
    public Step step(String name, List<? extends StagedStep> stages) {
        Step worker = new StepBuilder(WORKER_STEP, repository).tasklet(tasklet, transactions)
                .allowStartIfComplete(true).build();
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(name + "-");
        executor.setConcurrencyLimit(threads);
        return new StepBuilder(name, repository)
                .partitioner(WORKER_STEP, new StagePartitioner(name, stages.stream().map(StagedStep::name).toList()))
                .step(worker)
                .taskExecutor(executor)
                .gridSize(threads)
                .listener(sharedTables)
                .allowStartIfComplete(true)
                .build();
    }
}
