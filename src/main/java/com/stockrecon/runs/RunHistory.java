package com.stockrecon.runs;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.stockrecon.config.Policy;
import com.stockrecon.runs.RunRegistry.RunMetrics;
import com.stockrecon.staging.Dialect;
import com.stockrecon.staging.Staging;

/**
 * What operators read about runs: one line per job execution, newest first ({@code history}), and
 * the latest run of a date with its steps ({@code status}), which is also what {@code restart} and
 * the scheduler resume.
 */
@Repository
public class RunHistory {

    private static final String EXECUTIONS = "SELECT e.JOB_EXECUTION_ID, r.business_date, r.rerun, e.STATUS,"
            + " e.START_TIME, e.END_TIME, r.completed_at, r.rows_read, r.alerts, r.suggestions, r.discrepancies,"
            + " r.rejects FROM run_execution x JOIN recon_run r ON r.run_id = x.run_id"
            + " JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = x.job_execution_id";

    private final JdbcTemplate jdbc;
    private final JobRepository repository;
    private final Staging staging;
    private final RunGuard guard;

    public RunHistory(JdbcTemplate jdbc, JobRepository repository, Staging staging, RunGuard guard) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.staging = staging;
        this.guard = guard;
    }

    /** The job's executions, newest first; a restarted run has one line per attempt. */
    public List<ExecutionLine> executions(String jobName, int limit) {
        return jdbc.query(EXECUTIONS + " WHERE r.job_name = ? ORDER BY e.JOB_EXECUTION_ID DESC LIMIT ?",
                RunHistory::executionLine, jobName, limit);
    }

    /** The latest run of the date (its highest rerun) as its latest execution left it; empty when it never ran. */
    public Optional<RunState> latestRun(String jobName, LocalDate businessDate) {
        List<ExecutionLine> attempts = jdbc.query(EXECUTIONS + " WHERE r.job_name = ? AND r.business_date = ?"
                + " AND r.rerun = (SELECT MAX(rerun) FROM recon_run WHERE job_name = ? AND business_date = ?)"
                + " ORDER BY e.JOB_EXECUTION_ID DESC", RunHistory::executionLine, jobName, businessDate, jobName,
                businessDate);
        if (attempts.isEmpty()) {
            return Optional.empty();
        }
        ExecutionLine latest = attempts.get(0);
        JobExecution execution = repository.getJobExecution(latest.executionId());
        if (execution == null) {
            return Optional.empty();
        }
        String reportsDir = jdbc.queryForObject("SELECT reports_dir FROM recon_run WHERE job_name = ?"
                + " AND business_date = ? AND rerun = ?", String.class, jobName, businessDate, latest.rerun());
        boolean lockHeld = execution.getStatus().isRunning() && runLockHeld(jobName, businessDate);
        return Optional.of(new RunState(jobName, latest, execution, attempts.size(), reportsDir, lockHeld));
    }

    /**
     * Whether a live process holds the run lock of the date. On PostgreSQL the lock table is read
     * without taking anything; on H2 the lock is tried and let go at once (a run starting at that
     * instant waits for it, it is not refused).
     */
    private boolean runLockHeld(String jobName, LocalDate businessDate) {
        if (staging.dialect() == Dialect.POSTGRESQL) {
            Integer holders = jdbc.queryForObject("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory'"
                    + " AND classid::bigint = ? AND objid::bigint = ? AND objsubid = 2 AND granted", Integer.class,
                    Integer.toUnsignedLong(RunGuard.jobKey(
                            jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>)
                                    java.sql.Connection::getSchema), jobName)), Integer.toUnsignedLong(
                            (int) businessDate.toEpochDay()));
            return holders != null && holders > 0;
        }
        Optional<RunGuard.Lease> lease = guard.tryAcquire(jobName, businessDate);
        lease.ifPresent(RunGuard.Lease::close);
        return lease.isEmpty();
    }

    private static ExecutionLine executionLine(ResultSet row, int index) throws SQLException {
        RunMetrics metrics = row.getTimestamp("completed_at") == null || row.getObject("rows_read") == null ? null
                : new RunMetrics(row.getLong("rows_read"), row.getLong("alerts"), row.getLong("suggestions"),
                        row.getLong("discrepancies"), row.getLong("rejects"));
        String status = row.getString("STATUS");
        return new ExecutionLine(row.getLong("JOB_EXECUTION_ID"), row.getObject("business_date", LocalDate.class),
                row.getInt("rerun"), status, localTime(row.getTimestamp("START_TIME")),
                localTime(row.getTimestamp("END_TIME")),
                BatchStatus.COMPLETED.name().equals(status) ? metrics : null);
    }

    private static LocalDateTime localTime(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }

    /**
     * One execution of a run. Metrics are those of the run and only shown on the execution that
     * completed it.
     */
    public record ExecutionLine(long executionId, LocalDate businessDate, int rerun, String status,
            LocalDateTime start, LocalDateTime end, RunMetrics metrics) {

        /** "2026-11-24", or "2026-11-24-rerun1": the run_id of summary.json. */
        public String runLabel() {
            return RunContext.runLabel(businessDate, rerun);
        }

        public Optional<Duration> duration() {
            return start == null || end == null ? Optional.empty() : Optional.of(Duration.between(start, end));
        }
    }

    /** Where a run stands, for status and restart. */
    public enum Phase {
        COMPLETED,
        /** A live process holds the run's lock. */
        RUNNING,
        /** Left STARTED by a process that is gone (killed); the next reconcile or restart resumes it. */
        ABANDONED,
        /** Stopped at a safe point (SIGTERM); restart resumes it. */
        STOPPED,
        FAILED
    }

    /** The latest run of a date: its latest execution, how many attempts it took, where its reports are. */
    public record RunState(String jobName, ExecutionLine latest, JobExecution execution, int attempts,
            String reportsDir, boolean lockHeld) {

        public Phase phase() {
            BatchStatus status = execution.getStatus();
            if (status == BatchStatus.COMPLETED) {
                return Phase.COMPLETED;
            }
            if (status.isRunning()) {
                return lockHeld ? Phase.RUNNING : Phase.ABANDONED;
            }
            return status == BatchStatus.STOPPED ? Phase.STOPPED : Phase.FAILED;
        }

        public boolean restartable() {
            Phase phase = phase();
            return phase == Phase.STOPPED || phase == Phase.FAILED || phase == Phase.ABANDONED;
        }

        /**
         * The request that continues this run: the same job, date and rerun, with the input folder,
         * reports folder and policy it was started with, so that its intact steps are reused.
         */
        public RunRequest restartRequest() {
            JobParameters parameters = execution.getJobParameters();
            return new RunRequest(jobName, latest.businessDate(), Path.of(parameters.getString(RunContext.INPUT)),
                    Path.of(parameters.getString(RunContext.REPORTS)),
                    Policy.decode(parameters.getString(RunContext.POLICY)), false, RunContext.layoutOf(parameters));
        }

        /** Where the reports of this run go: published there once it completed. */
        public Path reportFolder() {
            if (reportsDir != null) {
                return Path.of(reportsDir);
            }
            String reports = execution.getJobParameters().getString(RunContext.REPORTS);
            return Path.of(reports).resolve(latest.businessDate().toString());
        }
    }
}
