package com.stockrecon.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two fetch tables: each supplier's last validators ({@code supplier_fetch_state}) and what
 * fetching each supplier came to in each run ({@code supplier_fetch_run}).
 */
@Repository
public class FetchRecords {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemDefaultZone();

    public FetchRecords(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        // committed at once, whatever transaction the caller is in: the file is already in place
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Optional<Validators> validators(String supplier) {
        return jdbc.query("SELECT url, etag, last_modified, file_path FROM supplier_fetch_state WHERE supplier_id = ?",
                (row, n) -> new Validators(URI.create(row.getString(1)), row.getString(2), row.getString(3),
                        Path.of(row.getString(4))), supplier).stream().findFirst();
    }

    public void saveValidators(String supplier, Validators validators) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM supplier_fetch_state WHERE supplier_id = ?", supplier);
            jdbc.update("INSERT INTO supplier_fetch_state (supplier_id, url, etag, last_modified, file_path,"
                    + " fetched_at) VALUES (?, ?, ?, ?, ?, ?)", supplier, validators.url().toString(),
                    clip(validators.etag(), 1000), clip(validators.lastModified(), 200),
                    validators.file().toString(), now());
        });
    }

    /** What fetching each supplier came to in the run, by supplier. */
    public List<FetchResult> ofRun(long runId) {
        return jdbc.query("SELECT supplier_id, outcome, detail, file_name, bytes, tries FROM supplier_fetch_run"
                + " WHERE run_id = ? ORDER BY supplier_id", (row, n) -> new FetchResult(row.getString(1),
                        FetchOutcome.valueOf(row.getString(2)), row.getString(3), row.getString(4), row.getLong(5),
                        row.getInt(6)), runId);
    }

    public void saveRun(long runId, FetchResult result) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM supplier_fetch_run WHERE run_id = ? AND supplier_id = ?", runId,
                    result.supplier());
            jdbc.update("INSERT INTO supplier_fetch_run (run_id, supplier_id, outcome, detail, file_name, bytes,"
                    + " tries, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", runId, result.supplier(),
                    result.outcome().name(), clip(result.detail(), 2000), result.fileName(), result.bytes(),
                    result.tries(), now());
        });
    }

    /** The run_id of a job's run of a date (its rerun), if it exists. */
    public Optional<Long> runId(String jobName, java.time.LocalDate businessDate, int rerun) {
        return jdbc.queryForList("SELECT run_id FROM recon_run WHERE job_name = ? AND business_date = ? AND rerun = ?",
                Long.class, jobName, businessDate, rerun).stream().findFirst();
    }

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(clock));
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
