package com.stockrecon.alerts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The alert_delivery table (V6): what each channel was sent for a run attempt, and how it went. */
@Repository
public class AlertDeliveries {

    private final JdbcTemplate jdbc;

    public AlertDeliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the channel already has the alert of this run attempt (so it is not sent twice). */
    public boolean delivered(String alertKey, String channel) {
        List<Boolean> rows = jdbc.queryForList("SELECT delivered FROM alert_delivery WHERE alert_key = ? AND"
                + " channel = ?", Boolean.class, alertKey, channel);
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0));
    }

    public void record(Alert alert, String channel, String webhookId, ChannelOutcome outcome) {
        Object[] values = {alert.job(), alert.businessDate(), alert.runId(), alert.status(), alert.rules(),
                webhookId, outcome.attempts(), outcome.delivered(), outcome.lastStatus(), truncate(outcome.lastError()),
                Timestamp.from(Instant.now()), alert.key(), channel};
        int updated = jdbc.update("UPDATE alert_delivery SET job_name = ?, business_date = ?, run_id = ?,"
                + " run_status = ?, rules = ?, webhook_id = ?, attempts = ?, delivered = ?, last_status = ?,"
                + " last_error = ?, sent_at = ? WHERE alert_key = ? AND channel = ?", values);
        if (updated == 0) {
            jdbc.update("INSERT INTO alert_delivery (job_name, business_date, run_id, run_status, rules, webhook_id,"
                    + " attempts, delivered, last_status, last_error, sent_at, alert_key, channel)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        }
    }

    /** One alert as recorded: the run it was about and the rules that held. */
    public record Alert(String key, String job, LocalDate businessDate, String runId, String status, String rules) {
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
