package com.stockrecon.runs;

import java.time.LocalDateTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.stockrecon.runs.RunOutcome.Result;

/**
 * Runs the reconciliation job for a date the way operators expect: a completed date is not
 * repeated unless a rerun is asked for (or it is asked for with another input folder, reports
 * folder, layout or policy: that is new work, run as the next rerun); a failed or stopped one is restarted where it stopped; an
 * execution left running by a killed process is recognised (nobody holds its run lock), marked
 * failed and restarted; a date being run elsewhere is refused.
 */
@Component
public class RunLauncher {

    /** The reconciliation job, as Spring Batch\'s repository names it. */
    public static final String JOB_NAME = "reconciliation";

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final RunRegistry registry;
    private final RunGuard guard;
    private final ApplicationEventPublisher events;

    public RunLauncher(JobOperator operator, JobRepository repository, Job reconciliationJob, RunRegistry registry,
            RunGuard guard, ApplicationEventPublisher events) {
        this.operator = operator;
        this.repository = repository;
        this.job = reconciliationJob;
        this.registry = registry;
        this.guard = guard;
        this.events = events;
    }

    /** Runs the request, then publishes {@link RunFinished} with its outcome. */
    public RunOutcome reconcile(RunRequest request) {
        RunOutcome outcome = reconcileOnce(request);
        try {
            events.publishEvent(new RunFinished(request, outcome));
        } catch (RuntimeException e) {
            log.error("what follows the run of {} for {} failed; the run's outcome stands", request.jobName(),
                    request.businessDate(), e);
        }
        return outcome;
    }

    private RunOutcome reconcileOnce(RunRequest request) {
        Optional<RunGuard.Lease> lease = guard.tryAcquire(request.jobName(), request.businessDate());
        if (lease.isEmpty()) {
            return new RunOutcome(Result.BUSY, "another run of " + request.jobName() + " for "
                    + request.businessDate() + " is in progress; not started", null, null);
        }
        try (RunGuard.Lease held = lease.get()) {
            return launch(request);
        }
    }

    private RunOutcome launch(RunRequest request) {
        int latest = registry.latestRerun(request.jobName(), request.businessDate());
        JobExecution last = latest < 0 ? null
                : repository.getLastJobExecution(JOB_NAME, parameters(request, latest));
        if (last != null && last.getStatus().isRunning()) {
            log.warn("execution {} of {} was left running by a process that is gone; marking it failed",
                    last.getId(), request.businessDate());
            last = operator.recover(last);
        } else if (last != null && last.getStatus() == BatchStatus.UNKNOWN) {
            log.warn("execution {} of {} ended in an unknown state (its database session was lost); marking it"
                    + " failed: every step checks its staged work when it runs again", last.getId(),
                    request.businessDate());
            last = markFailed(last);
        } else if (last != null && !last.getStatus().isRunning() && hasUnfinishedStep(last)) {
            log.warn("execution {} of {} ended with steps its lost database sessions left running; marking them"
                    + " failed", last.getId(), request.businessDate());
            failUnfinishedSteps(last);
        }
        int rerun = Math.max(latest, 0);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            if (!request.rerun() && sameValues(parameters(request, latest), last.getJobParameters())) {
                return new RunOutcome(Result.ALREADY_COMPLETED, request.jobName() + " for " + request.businessDate()
                        + " already completed at " + last.getEndTime() + "; reports in "
                        + request.reportsDir().resolve(request.businessDate().toString())
                        + "; pass --rerun to run it again", request.reportsDir().resolve(
                                request.businessDate().toString()), last);
            }
            if (!request.rerun()) {
                log.info("{} for {} completed with another input folder, reports folder, layout or policy;"
                        + " running it again as rerun {}", request.jobName(), request.businessDate(), latest + 1);
            }
            rerun = latest + 1;
        } else if (last != null && (request.rerun() || last.getStatus() == BatchStatus.ABANDONED)) {
            rerun = latest + 1;
        }
        JobExecution execution;
        try {
            execution = operator.start(job, parameters(request, rerun));
        } catch (JobInstanceAlreadyCompleteException e) {
            return new RunOutcome(Result.ALREADY_COMPLETED, e.getMessage(), null, null);
        } catch (Exception e) {
            log.error("run of {} for {} failed", request.jobName(), request.businessDate(), e);
            return new RunOutcome(Result.FAILED, FailureMessages.describe(e), null, null);
        }
        return outcomeOf(execution, request);
    }

    /**
     * Spring Batch refuses to restart an execution whose status is UNKNOWN (a rollback or a status
     * update failed, typically because the database went away). Our steps never trust what an
     * earlier attempt left behind without checking it, so such an execution is safe to restart.
     */
    private JobExecution markFailed(JobExecution execution) {
        failUnfinishedSteps(execution);
        execution.setStatus(BatchStatus.FAILED);
        if (execution.getEndTime() == null) {
            execution.setEndTime(LocalDateTime.now());
        }
        repository.update(execution);
        return execution;
    }

    private void failUnfinishedSteps(JobExecution execution) {
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                if (step.getEndTime() == null) {
                    step.setEndTime(LocalDateTime.now());
                }
                repository.update(step);
            }
        }
    }

    /** A partition whose status update the database never received still reads as running. */
    private static boolean hasUnfinishedStep(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .anyMatch(step -> step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning());
    }

    private RunOutcome outcomeOf(JobExecution execution, RunRequest request) {
        BatchStatus status = execution.getStatus();
        if (status == BatchStatus.COMPLETED) {
            return new RunOutcome(Result.COMPLETED, "completed", request.reportsDir().resolve(
                    request.businessDate().toString()), execution);
        }
        if (status == BatchStatus.STOPPED) {
            return new RunOutcome(Result.STOPPED, request.jobName() + " for " + request.businessDate()
                    + " stopped at a safe point; run the same command again to finish it", null, execution);
        }
        execution.getAllFailureExceptions().forEach(failure -> log.error("run of {} for {} failed",
                request.jobName(), request.businessDate(), failure));
        return new RunOutcome(Result.FAILED, FailureMessages.describe(execution.getAllFailureExceptions()), null,
                execution);
    }

    /** Whether two sets of parameters hold the same values (a JobParameter's equality is its name's). */
    private static boolean sameValues(JobParameters asked, JobParameters ran) {
        java.util.Map<String, Object> askedValues = new java.util.HashMap<>();
        asked.parameters().forEach(parameter -> askedValues.put(parameter.name(), parameter.value()));
        java.util.Map<String, Object> ranValues = new java.util.HashMap<>();
        ran.parameters().forEach(parameter -> ranValues.put(parameter.name(), parameter.value()));
        return askedValues.equals(ranValues);
    }

    private static JobParameters parameters(RunRequest request, int rerun) {
        return RunContext.parameters(request.jobName(), request.businessDate(), rerun, request.inputDir(),
                request.reportsDir(), request.policy(), request.layout());
    }
}
