package com.stockrecon.findings;

import java.util.ArrayList;
import java.util.List;

import com.stockrecon.staging.BulkWriter;
import com.stockrecon.staging.Staging;
import com.stockrecon.staging.WorkTable;

/**
 * What one step finds besides its data: rejected rows, discrepancies and the row accounting of each
 * source it reads. Replaces whatever an earlier attempt of the same step left behind.
 */
public final class Findings implements AutoCloseable {

    private final Staging staging;
    private final long runId;
    private final String step;
    private final List<SourceTally> tallies = new ArrayList<>();
    private BulkWriter rejects;
    private BulkWriter discrepancies;
    private long rejectCount;
    private long discrepancyCount;

    public Findings(Staging staging, long runId, String step) {
        this.staging = staging;
        this.runId = runId;
        this.step = step;
        createTables(staging, runId);
        for (WorkTable shared : SHARED_TABLES) {
            staging.jdbc().update("DELETE FROM " + shared.in(runId) + " WHERE step = ?", step);
        }
    }

    private static final List<WorkTable> SHARED_TABLES = List.of(WorkTable.SOURCES, WorkTable.REJECTS,
            WorkTable.DISCREPANCIES);

    /** Creates the tables the findings of every step go to, unless they exist. */
    public static void createTables(Staging staging, long runId) {
        for (WorkTable shared : SHARED_TABLES) {
            staging.createIfMissing(shared, runId);
        }
    }

    public SourceTally tally(String source) {
        SourceTally tally = new SourceTally(source);
        tallies.add(tally);
        return tally;
    }

    public void reject(SourceTally tally, long line, String reason, String record) {
        tally.rejected(line, reason);
        if (rejects == null) {
            rejects = staging.writer(WorkTable.REJECTS, runId, "step", "source", "line", "reason", "record");
        }
        rejects.row(step, tally.source(), line, RawText.capped(reason), RawText.capped(record));
        rejectCount++;
    }

    public void discrepancy(DiscrepancyType type, String source, String supplierId, String sku, String expected,
            String actual, String detail, long line) {
        if (discrepancies == null) {
            discrepancies = staging.writer(WorkTable.DISCREPANCIES, runId, "step", "type", "source", "supplier_id",
                    "sku", "expected", "actual", "detail", "line");
        }
        discrepancies.row(step, type.name(), source, nonNull(supplierId), nonNull(sku), nonNull(expected),
                nonNull(actual), nonNull(detail), line);
        discrepancyCount++;
    }

    public long rejectCount() {
        return rejectCount;
    }

    public long discrepancyCount() {
        return discrepancyCount;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** Flushes the findings and writes each source's accounting. */
    @Override
    public void close() {
        try (BulkWriter r = rejects; BulkWriter d = discrepancies) {
            if (!tallies.isEmpty()) {
                try (BulkWriter sources = staging.writer(WorkTable.SOURCES, runId, "step", "position", "source",
                        "rows_read", "accepted", "rejected", "ignored", "ignored_reasons")) {
                    int position = 0;
                    for (SourceTally tally : tallies) {
                        sources.row(step, position++, tally.source(), tally.read(), tally.acceptedCount(),
                                tally.rejectedCount(), tally.ignoredCount(), tally.encodedIgnoredReasons());
                    }
                }
            }
        }
    }
}
