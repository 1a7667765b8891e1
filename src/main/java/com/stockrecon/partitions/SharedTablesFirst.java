package com.stockrecon.partitions;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import com.stockrecon.findings.Findings;
import com.stockrecon.runs.RunContexts;
import com.stockrecon.staging.Staging;

/**
 * Creates the work tables every partition writes its findings to before the partitions start: two
 * sessions creating the same table at once can fail on PostgreSQL, even with IF NOT EXISTS.
 */
@Component
public class SharedTablesFirst implements StepExecutionListener {

    private final RunContexts contexts;
    private final Staging staging;

    public SharedTablesFirst(RunContexts contexts, Staging staging) {
        this.contexts = contexts;
        this.staging = staging;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        Findings.createTables(staging, contexts.of(stepExecution.getJobExecution()).runId());
    }
}
