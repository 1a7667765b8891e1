package com.stockrecon.runs;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The recon_run and run_execution tables: which runs exist, which completed, which keep a baseline. */
@Repository
public class RunRegistry {

    private final JdbcTemplate jdbc;

    public RunRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long findOrCreate(String jobName, LocalDate businessDate, int rerun) {
        Optional<Long> existing = find(jobName, businessDate, rerun);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            jdbc.update("INSERT INTO recon_run (job_name, business_date, rerun, created_at) VALUES (?, ?, ?, ?)",
                    jobName, businessDate, rerun, Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException raced) {
            // another process registered the same run first; use its row
        }
        return find(jobName, businessDate, rerun).orElseThrow();
    }

    public Optional<Long> find(String jobName, LocalDate businessDate, int rerun) {
        List<Long> ids = jdbc.queryForList(
                "SELECT run_id FROM recon_run WHERE job_name = ? AND business_date = ? AND rerun = ?", Long.class,
                jobName, businessDate, rerun);
        return ids.stream().findFirst();
    }

    /** The highest rerun number registered for a date, or -1 when the date never ran. */
    public int latestRerun(String jobName, LocalDate businessDate) {
        Integer rerun = jdbc.queryForObject(
                "SELECT MAX(rerun) FROM recon_run WHERE job_name = ? AND business_date = ?", Integer.class, jobName,
                businessDate);
        return rerun == null ? -1 : rerun;
    }

    public void linkExecution(long jobExecutionId, long runId) {
        Integer linked = jdbc.queryForObject("SELECT COUNT(*) FROM run_execution WHERE job_execution_id = ?",
                Integer.class, jobExecutionId);
        if (linked == null || linked == 0) {
            try {
                jdbc.update("INSERT INTO run_execution (job_execution_id, run_id) VALUES (?, ?)", jobExecutionId,
                        runId);
            } catch (DuplicateKeyException raced) {
                // a step running in parallel linked it first
            }
        }
    }

    public void markCompleted(long runId, String reportsDir, RunMetrics metrics) {
        jdbc.update("UPDATE recon_run SET completed_at = ?, reports_dir = ?, rows_read = ?, alerts = ?,"
                + " suggestions = ?, discrepancies = ?, rejects = ?, baseline_kept = TRUE WHERE run_id = ?",
                Timestamp.from(Instant.now()), reportsDir, metrics.rowsRead(), metrics.alerts(),
                metrics.suggestions(), metrics.discrepancies(), metrics.rejects(), runId);
    }

    /** The completed run of the latest earlier date whose result table is kept: the QTY_JUMP baseline. */
    public Optional<Long> baselineBefore(String jobName, LocalDate businessDate) {
        List<Long> ids = jdbc.queryForList("SELECT run_id FROM recon_run WHERE job_name = ? AND business_date < ?"
                + " AND completed_at IS NOT NULL AND baseline_kept = TRUE ORDER BY business_date DESC, rerun DESC",
                Long.class, jobName, businessDate);
        return ids.stream().findFirst();
    }

    /** Completed runs whose result tables are no longer needed as baselines: superseded reruns, old dates. */
    public List<Long> baselinesToDrop(String jobName, int datesKept) {
        java.util.Set<LocalDate> dates = new java.util.HashSet<>();
        List<Long> drop = new java.util.ArrayList<>();
        jdbc.query("SELECT run_id, business_date FROM recon_run WHERE job_name = ? AND baseline_kept = TRUE"
                + " ORDER BY business_date DESC, rerun DESC", row -> {
                    boolean newestOfItsDate = dates.add(row.getObject(2, LocalDate.class));
                    if (!newestOfItsDate || dates.size() > datesKept) {
                        drop.add(row.getLong(1));
                    }
                }, jobName);
        return drop;
    }

    public void forgetBaseline(long runId) {
        jdbc.update("UPDATE recon_run SET baseline_kept = FALSE WHERE run_id = ?", runId);
    }

    public record RunMetrics(long rowsRead, long alerts, long suggestions, long discrepancies, long rejects) {
    }
}
