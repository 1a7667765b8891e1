package com.stockrecon.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.stockrecon.config.JobDefinition;
import com.stockrecon.runs.FailureMessages;
import com.stockrecon.runs.RunHistory;
import com.stockrecon.runs.RunHistory.RunState;
import com.stockrecon.runs.RunLauncher;
import com.stockrecon.runs.RunOutcome;
import com.stockrecon.runs.RunRequest;

/**
 * What a Quartz fire does: reconcile the business date of the fire through {@link RunLauncher} (so
 * the run guard, restart and "a completed date is not repeated" hold for scheduled runs too), or,
 * for a resume trigger, finish the stopped run of the date it names. One fire of a job at a time in
 * the whole cluster.
 */
@DisallowConcurrentExecution
public class ScheduledReconciliation implements Job {

    /** Trigger data of a resume trigger: the business date whose stopped run to finish. */
    static final String RESUME_DATE = "resumeDate";

    private static final Logger console = LoggerFactory.getLogger("stockrecon.progress");
    private static final Logger log = LoggerFactory.getLogger(ScheduledReconciliation.class);

    private final ScheduledJobs jobs;
    private final RunLauncher launcher;
    private final RunHistory history;

    public ScheduledReconciliation(ScheduledJobs jobs, RunLauncher launcher, RunHistory history) {
        this.jobs = jobs;
        this.launcher = launcher;
        this.history = history;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String jobName = context.getJobDetail().getKey().getName();
        Optional<JobDefinition> definition = jobs.definition(jobName);
        if (definition.isEmpty()) {
            console.warn("{}: fired, but this scheduler has no definition of it in jobs/; not run", jobName);
            return;
        }
        try {
            JobDataMap data = context.getMergedJobDataMap();
            Optional<RunRequest> request = data.containsKey(RESUME_DATE)
                    ? resumeRequest(jobName, LocalDate.parse(data.getString(RESUME_DATE)))
                    : Optional.of(scheduledRequest(definition.get(), context));
            if (request.isPresent()) {
                run(request.get(), context);
            }
        } catch (RuntimeException e) {
            log.error("scheduled run of {} failed", jobName, e);
            console.error("{}: scheduled run failed: {}", jobName, FailureMessages.describe(e));
        }
    }

    private RunRequest scheduledRequest(JobDefinition definition, JobExecutionContext context) {
        ZoneId zone = definition.policy(Map.of()).zone();
        LocalDate date = ScheduledDate.of(definition.cron(), zone, scheduledFireTime(context));
        if (context.isRecovering()) {
            console.info("{} {}: fired again for a scheduler that died during it (scheduled {}, fire {})",
                    definition.name(), date, scheduledFireTime(context), context.getFireInstanceId());
        } else {
            console.info("{} {}: fired (scheduled {}, fire {})", definition.name(), date,
                    context.getScheduledFireTime().toInstant(), context.getFireInstanceId());
        }
        return new RunRequest(definition.name(), date, definition.inputDir(date), definition.reportsDir(),
                definition.policy(Map.of()), false, jobs.layout(definition));
    }

    /**
     * When a cluster node recovers the fire of a node that died, the fire it replays carries the
     * original scheduled time in its data; that time, not the recovery's, names the date.
     */
    private static Instant scheduledFireTime(JobExecutionContext context) {
        String original = context.getMergedJobDataMap()
                .getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS);
        if (context.isRecovering() && original != null) {
            return Instant.ofEpochMilli(Long.parseLong(original));
        }
        return context.getScheduledFireTime().toInstant();
    }

    private Optional<RunRequest> resumeRequest(String jobName, LocalDate date) {
        Optional<RunState> state = history.latestRun(jobName, date);
        if (state.isEmpty() || !state.get().restartable()) {
            console.info("{} {}: nothing to resume ({})", jobName, date,
                    state.map(s -> s.phase().name().toLowerCase()).orElse("no run"));
            return Optional.empty();
        }
        console.info("{} {}: resuming the run a shutdown stopped", jobName, date);
        return Optional.of(state.get().restartRequest());
    }

    private void run(RunRequest request, JobExecutionContext context) {
        long started = System.nanoTime();
        RunOutcome outcome = launcher.reconcile(request);
        String took = String.format("%.1f s", (System.nanoTime() - started) / 1e9);
        switch (outcome.result()) {
            case COMPLETED -> console.info("{} {}: completed in {}; reports in {}", request.jobName(),
                    request.businessDate(), took, outcome.reportFolder());
            case ALREADY_COMPLETED -> console.info("{} {}: already completed; not run again", request.jobName(),
                    request.businessDate());
            case BUSY -> console.info("{} {}: {}", request.jobName(), request.businessDate(), outcome.message());
            case STOPPED -> {
                jobs.runStopped();
                console.warn("{} {}: stopped at a safe point after {}; the next scheduler start finishes it",
                        request.jobName(), request.businessDate(), took);
                resumeLater(request, context);
            }
            case FAILED -> console.error("{} {}: failed after {}: {}; './run.sh restart --date {}' restarts it",
                    request.jobName(), request.businessDate(), took, outcome.message(), request.businessDate());
        }
    }

    /**
     * Leaves a resume trigger in the job store: another node of the cluster fires it at once, or this
     * one at its next start (a missed one-shot trigger fires once, now).
     */
    private static void resumeLater(RunRequest request, JobExecutionContext context) {
        try {
            JobSchedule.scheduleResume(context.getScheduler(), request.jobName(), request.businessDate());
        } catch (SchedulerException e) {
            log.error("cannot leave a resume trigger for {} {}", request.jobName(), request.businessDate(), e);
            console.error("{} {}: cannot leave a resume trigger ({}); './run.sh restart --date {}' finishes it",
                    request.jobName(), request.businessDate(), FailureMessages.describe(e), request.businessDate());
        }
    }
}
