package com.stockrecon.runs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.stockrecon.staging.Staging;
import com.stockrecon.staging.WorkTable;

/**
 * The run_stage table: for each step of a run, the fingerprint of what it read and the row counts of
 * what it staged. A restarted step whose fingerprint and counts still match reuses its work; lost
 * work (an unlogged table emptied by a server crash, a dropped table) or changed input is redone.
 */
@Repository
public class StageLedger {

    private final JdbcTemplate jdbc;
    private final Staging staging;

    public StageLedger(JdbcTemplate jdbc, Staging staging) {
        this.jdbc = jdbc;
        this.staging = staging;
    }

    public String fingerprint(long runId, String step) {
        List<String> values = jdbc.queryForList("SELECT fingerprint FROM run_stage WHERE run_id = ? AND step = ?",
                String.class, runId, step);
        return values.isEmpty() ? "none" : values.get(0);
    }

    public boolean isIntact(long runId, String step, String fingerprint) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT fingerprint, row_counts FROM run_stage WHERE run_id = ? AND step = ?", runId, step);
        if (rows.isEmpty() || !fingerprint.equals(rows.get(0).get("fingerprint"))) {
            return false;
        }
        for (String entry : ((String) rows.get(0).get("row_counts")).split(";")) {
            if (entry.isEmpty()) {
                continue;
            }
            int eq = entry.lastIndexOf('=');
            if (count(runId, step, entry.substring(0, eq)) != Long.parseLong(entry.substring(eq + 1))) {
                return false;
            }
        }
        return true;
    }

    public void forget(long runId, String step) {
        jdbc.update("DELETE FROM run_stage WHERE run_id = ? AND step = ?", runId, step);
    }

    public void forgetRun(long runId) {
        jdbc.update("DELETE FROM run_stage WHERE run_id = ?", runId);
    }

    public void record(long runId, String step, String fingerprint, List<StagedOutput> outputs) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StagedOutput output : outputs) {
            String key = output.table().name() + (output.perStep() ? ":step" : "");
            counts.put(key, count(runId, step, key));
        }
        List<String> entries = new ArrayList<>();
        counts.forEach((key, count) -> entries.add(key + "=" + count));
        forget(runId, step);
        jdbc.update("INSERT INTO run_stage (run_id, step, fingerprint, row_counts) VALUES (?, ?, ?, ?)", runId, step,
                fingerprint, String.join(";", entries));
    }

    private long count(long runId, String step, String key) {
        boolean perStep = key.endsWith(":step");
        WorkTable table = WorkTable.valueOf(perStep ? key.substring(0, key.length() - ":step".length()) : key);
        try {
            return perStep ? staging.count(table, runId, "step = ?", step) : staging.count(table, runId, null);
        } catch (DataAccessException missing) {
            return -1;
        }
    }

    /** A table a step fills; per-step tables are shared by steps and counted by the step column. */
    public record StagedOutput(WorkTable table, boolean perStep) {

        public static StagedOutput table(WorkTable table) {
            return new StagedOutput(table, false);
        }

        public static StagedOutput rowsOfStep(WorkTable table) {
            return new StagedOutput(table, true);
        }
    }
}
