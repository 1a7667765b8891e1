package com.stockrecon.runs;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

import com.stockrecon.staging.Staging;
import com.stockrecon.staging.WorkTable;

/**
 * After a run completes, drops its work tables but the result table, which stays as the QTY_JUMP
 * baseline of later dates; baselines beyond the newest few dates (and superseded reruns) go too.
 * A failed or stopped run keeps everything for its restart.
 */
@Component
public class RunCleanup implements JobExecutionListener {

    /** Dates whose results are kept as baselines. */
    static final int BASELINES_KEPT = 7;

    private final RunContexts contexts;
    private final RunRegistry registry;
    private final StageLedger ledger;
    private final Staging staging;

    public RunCleanup(RunContexts contexts, RunRegistry registry, StageLedger ledger, Staging staging) {
        this.contexts = contexts;
        this.registry = registry;
        this.ledger = ledger;
        this.staging = staging;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        contexts.of(jobExecution);
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        if (jobExecution.getStatus() != BatchStatus.COMPLETED) {
            return;
        }
        RunContext run = contexts.of(jobExecution);
        for (WorkTable table : WorkTable.values()) {
            if (table != WorkTable.RESULT) {
                staging.drop(table, run.runId());
            }
        }
        ledger.forgetRun(run.runId());
        for (long superseded : registry.baselinesToDrop(run.jobName(), BASELINES_KEPT)) {
            staging.drop(WorkTable.RESULT, superseded);
            registry.forgetBaseline(superseded);
        }
    }
}
