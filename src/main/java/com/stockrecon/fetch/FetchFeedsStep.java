package com.stockrecon.fetch;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import com.stockrecon.runs.RunContext;
import com.stockrecon.runs.RunContexts;

/**
 * The job's step before the feeds are read: fetches the suppliers that publish their stock at a URL.
 * It never fails the run: a failed fetch is recorded and the feeds are judged as they are. It ends
 * NOOP when it had nothing to fetch (no supplier is fetched, or an earlier attempt fetched them all).
 */
@Component
public class FetchFeedsStep implements Tasklet {

    public static final String NAME = "fetchFeeds";

    private final RunContexts contexts;
    private final SupplierFetches fetches;

    public FetchFeedsStep(RunContexts contexts, SupplierFetches fetches) {
        this.contexts = contexts;
        this.fetches = fetches;
    }

    /** The step as the job runs it: again on every attempt, since each attempt fetches what is still missing. */
    public static Step step(FetchFeedsStep tasklet, JobRepository repository, PlatformTransactionManager transactions) {
        return new StepBuilder(NAME, repository).tasklet(tasklet, transactions).allowStartIfComplete(true).build();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunContext run = contexts.of(chunkContext.getStepContext().getStepExecution().getJobExecution());
        SupplierFetches.RunFetches fetched = fetches.forRun(run);
        long failed = fetched.results().stream().filter(result -> result.outcome() == FetchOutcome.FAILED).count();
        ExitStatus status = fetched.requested() == 0 ? ExitStatus.NOOP : ExitStatus.COMPLETED;
        contribution.setExitStatus(status.addExitDescription(fetched.requested() + " supplier(s) fetched by this"
                + " attempt, " + failed + " failed"));
        return RepeatStatus.FINISHED;
    }
}
