package com.stockrecon.support;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.stockrecon.runs.RunContext;
import com.stockrecon.runs.RunRegistry;
import com.stockrecon.staging.WorkTable;

/**
 * Base of step tests: runs single steps of the reconciliation job with spring-batch-test's
 * {@code JobOperatorTestUtils.startStep}, all for one run (this test's job name, date {@link #D},
 * rerun 0), and reads back what they staged in the run's work tables.
 */
public abstract class StepTestSupport extends H2JobTestSupport {

    public static final LocalDate D = LocalDate.of(2026, 11, 24);

    @Autowired
    protected RunRegistry registry;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    private java.util.List<com.stockrecon.runs.StagedStep> stagedSteps;

    @Autowired
    private org.springframework.batch.core.repository.JobRepository jobRepository;

    @Autowired
    private org.springframework.transaction.PlatformTransactionManager transactions;

    /** Copies fixtures into one input folder, later ones replacing files of earlier ones. */
    protected Path input(String... fixtures) {
        return InputFolders.of(work.resolve("input"), fixtures);
    }

    protected StepRun runStep(String step, Path input) {
        return runStep(step, input, Map.of());
    }

    /**
     * Runs one step for this test's run. {@code startStep} wraps the step in a job of its own named
     * "TestJob" and starts it with the parameters as given, so a second step of the same run (same
     * identifying job, date and rerun) would find that job instance complete and be refused. A unique
     * extra identifying parameter makes each launch a new TestJob instance; the steps identify their
     * run from job, date and rerun only, so every step still works for the same run and its tables.
     */
    protected StepRun runStep(String step, Path input, Map<String, String> policy) {
        JobParameters run = RunContext.parameters(job, D, 0, input, work.resolve("reports"), policy(policy));
        JobParameters launch = jobOperatorTestUtils.getUniqueJobParametersBuilder().addJobParameters(run)
                .toJobParameters();
        // the loading steps of sales and the quantity files are partitions of readSources in the job: a
        // staged step runs here on its own, as the job's tasklet step of the same name would
        return stagedSteps.stream().filter(staged -> staged.name().equals(step)).findFirst()
                .map(staged -> new StepRun(jobOperatorTestUtils.startStep(
                        new org.springframework.batch.core.step.builder.StepBuilder(step, jobRepository)
                                .tasklet(staged, transactions).build(), launch, null)))
                .orElseGet(() -> new StepRun(jobOperatorTestUtils.startStep(step, launch, null)));
    }

    /**
     * What a {@code startStep} launch did. (A wrapper because spring-batch-test's scope listeners take
     * any method of a test class that returns a JobExecution or StepExecution for their factory.)
     */
    public record StepRun(JobExecution execution) {

        public BatchStatus status() {
            return execution.getStatus();
        }

        /** The exit status of the one step the launch ran. */
        public ExitStatus exitStatus() {
            return execution.getStepExecutions().iterator().next().getExitStatus();
        }
    }

    protected long runId() {
        return registry.find(job, D, 0).orElseThrow(() -> new AssertionError("no run registered for " + job));
    }

    /** Rows of one of the run's work tables, selected columns in the given order. */
    protected List<Map<String, Object>> staged(WorkTable table, String columns, String orderBy) {
        return jdbc.queryForList("SELECT " + columns + " FROM " + table.in(runId()) + " ORDER BY " + orderBy);
    }

    /** Rows of a shared findings table written by one step. */
    protected List<Map<String, Object>> stagedByStep(WorkTable table, String step, String columns, String orderBy) {
        return jdbc.queryForList("SELECT " + columns + " FROM " + table.in(runId()) + " WHERE step = ? ORDER BY "
                + orderBy, step);
    }
}
