package com.stockrecon.outbound.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.stockrecon.webhooks.WebhookOutcome;
import com.stockrecon.runs.RunContext;

/** The deliveries table: every message a completed run sends, and how its delivery stands. */
@Repository
public class DeliveryLedger {

    private static final int MAX_ERROR = 1000;
    private static final String COLUMNS = "run_id, target, batch, webhook_id, items, body_sha256, status, attempts,"
            + " last_status, last_error, delivered_at";

    private final JdbcTemplate jdbc;

    public DeliveryLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The messages already recorded for a run and target, by batch. */
    public Map<Integer, DeliveryRecord> recorded(long runId, String target) {
        Map<Integer, DeliveryRecord> byBatch = new HashMap<>();
        jdbc.query("SELECT " + COLUMNS + " FROM delivery WHERE run_id = ? AND target = ?", row -> {
            DeliveryRecord record = read(row);
            byBatch.put(record.batch(), record);
        }, runId, target);
        return byBatch;
    }

    /** Records a message about to be sent. */
    public void recordPending(long runId, String target, int batch, String webhookId, int items, String bodySha256) {
        jdbc.update("INSERT INTO delivery (run_id, target, batch, webhook_id, items, body_sha256, status, attempts,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)", runId, target, batch, webhookId, items, bodySha256,
                DeliveryStatus.PENDING.name(), now());
    }

    /** Records how a send ended; attempts add up over resends. */
    public void recordOutcome(long runId, String target, int batch, WebhookOutcome outcome) {
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("UPDATE delivery SET status = ?, attempts = attempts + ?, last_status = ?, last_error = ?,"
                + " updated_at = ?, delivered_at = ? WHERE run_id = ? AND target = ? AND batch = ?",
                (outcome.delivered() ? DeliveryStatus.DELIVERED : DeliveryStatus.FAILED).name(), outcome.attempts(),
                outcome.lastStatus() == 0 ? null : outcome.lastStatus(), clip(outcome.lastError()),
                Timestamp.valueOf(now), outcome.delivered() ? Timestamp.valueOf(now) : null, runId, target, batch);
    }

    /** Records that a message was not sent this time, and why. */
    public void recordNotSent(long runId, String target, int batch, String reason) {
        jdbc.update("UPDATE delivery SET status = ?, last_error = ?, updated_at = ? WHERE run_id = ? AND target = ?"
                + " AND batch = ? AND status <> ?", DeliveryStatus.FAILED.name(), clip(reason), now(), runId, target,
                batch, DeliveryStatus.DELIVERED.name());
    }

    public DeliveryCounts counts(long runId) {
        return counts("WHERE run_id = ?", runId);
    }

    public DeliveryCounts counts(long runId, String target) {
        return counts("WHERE run_id = ? AND target = ?", runId, target);
    }

    private DeliveryCounts counts(String where, Object... args) {
        Map<String, Long> byStatus = new HashMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM delivery " + where + " GROUP BY status",
                row -> {
                    byStatus.put(row.getString(1), row.getLong(2));
                }, args);
        return new DeliveryCounts(byStatus.getOrDefault(DeliveryStatus.DELIVERED.name(), 0L),
                byStatus.getOrDefault(DeliveryStatus.FAILED.name(), 0L),
                byStatus.getOrDefault(DeliveryStatus.PENDING.name(), 0L));
    }

    /** Per target of the run that has undelivered messages: how many, and the last error seen. */
    public List<UndeliveredTarget> undeliveredTargets(long runId) {
        Map<String, UndeliveredTarget> targets = new LinkedHashMap<>();
        jdbc.query("SELECT target, status, last_error FROM delivery WHERE run_id = ? AND status <> ?"
                + " ORDER BY target, batch", row -> {
                    String target = row.getString(1);
                    UndeliveredTarget known = targets.get(target);
                    String error = row.getString(3);
                    targets.put(target, new UndeliveredTarget(target, known == null ? 1 : known.messages() + 1,
                            known != null && known.lastError() != null ? known.lastError() : error));
                }, runId, DeliveryStatus.DELIVERED.name());
        return List.copyOf(targets.values());
    }

    /** Delivery counts of the newest runs of a job that sent anything, newest first. */
    public List<RunDeliveries> history(String jobName, int limit) {
        Map<Long, RunDeliveries> runs = new LinkedHashMap<>();
        jdbc.query("SELECT r.run_id, r.business_date, r.rerun, d.status, COUNT(*) FROM recon_run r"
                + " JOIN delivery d ON d.run_id = r.run_id WHERE r.job_name = ?"
                + " GROUP BY r.run_id, r.business_date, r.rerun, d.status ORDER BY r.business_date DESC, r.rerun DESC",
                row -> {
                    long runId = row.getLong(1);
                    RunDeliveries known = runs.computeIfAbsent(runId, id -> {
                        try {
                            return new RunDeliveries(id, row.getObject(2, LocalDate.class), row.getInt(3),
                                    DeliveryCounts.NONE);
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    runs.put(runId, known.add(DeliveryStatus.valueOf(row.getString(4)), row.getLong(5)));
                }, jobName);
        return runs.values().stream().limit(limit).toList();
    }

    /** The newest completed run of a job and date: its id and published report folder. */
    public Optional<CompletedRunFolder> latestCompletedRun(String jobName, LocalDate businessDate) {
        return jdbc.query("SELECT run_id, rerun, reports_dir FROM recon_run WHERE job_name = ? AND business_date = ?"
                + " AND completed_at IS NOT NULL ORDER BY rerun DESC FETCH FIRST 1 ROWS ONLY",
                (row, n) -> new CompletedRunFolder(row.getLong(1), row.getInt(2), row.getString(3)), jobName,
                businessDate).stream().findFirst();
    }

    private static DeliveryRecord read(ResultSet row) throws SQLException {
        int lastStatus = row.getInt(9);
        Integer status = row.wasNull() ? null : lastStatus;
        Timestamp delivered = row.getTimestamp(11);
        return new DeliveryRecord(row.getLong(1), row.getString(2), row.getInt(3), row.getString(4), row.getInt(5),
                row.getString(6), DeliveryStatus.valueOf(row.getString(7)), row.getInt(8), status, row.getString(10),
                delivered == null ? null : delivered.toLocalDateTime());
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now());
    }

    private static String clip(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 3) + "...";
    }

    public record UndeliveredTarget(String target, long messages, String lastError) {
    }

    public record CompletedRunFolder(long runId, int rerun, String reportsDir) {
    }

    public record RunDeliveries(long runId, LocalDate businessDate, int rerun, DeliveryCounts counts) {

        RunDeliveries add(DeliveryStatus status, long count) {
            DeliveryCounts c = counts;
            return new RunDeliveries(runId, businessDate, rerun, switch (status) {
                case DELIVERED -> new DeliveryCounts(c.delivered() + count, c.failed(), c.pending());
                case FAILED -> new DeliveryCounts(c.delivered(), c.failed() + count, c.pending());
                case PENDING -> new DeliveryCounts(c.delivered(), c.failed(), c.pending() + count);
            });
        }

        public String runLabel() {
            return RunContext.runLabel(businessDate, rerun);
        }
    }
}
