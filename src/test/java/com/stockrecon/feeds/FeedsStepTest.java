package com.stockrecon.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;

import com.stockrecon.inputs.CatalogStep;
import com.stockrecon.support.StepTestSupport;
import com.stockrecon.staging.WorkTable;

/** The readFeeds step: every feed read, each supplier's current feed judged, usable stock staged. */
class FeedsStepTest extends StepTestSupport {

    @Test
    void judgesEachSuppliersCurrentFeedAndStagesOnlyUsableStock() {
        Path input = input("base", "feed-verdicts");
        runStep(CatalogStep.NAME, input);

        StepRun run = runStep(FeedsStep.NAME, input);

        assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(run.exitStatus().getExitCode()).isEqualTo(ExitStatus.COMPLETED.getExitCode());
        assertThat(staged(WorkTable.FEED_STATUS, "supplier_id, status, source", "supplier_id"))
                .extracting(row -> tuple(row.get("supplier_id"), row.get("status"), row.get("source")))
                .containsExactly(
                        tuple("SUP1", FeedsStep.USABLE, "feeds/SUP1/stock.csv"),
                        tuple("SUP2", FeedsStep.STALE, "feeds/SUP2/stock.csv"),
                        tuple("SUP3", FeedsStep.INVALID, "feeds/SUP3/stock.csv"),
                        tuple("SUP4", FeedsStep.MISSING, "feeds/SUP4"));
        assertThat(staged(WorkTable.FEED_STOCK, "sku, qty", "sku"))
                .extracting(row -> tuple(row.get("sku"), row.get("qty")))
                .containsExactly(tuple("A", 40L));
        assertThat(stagedByStep(WorkTable.DISCREPANCIES, FeedsStep.NAME, "type, supplier_id", "supplier_id"))
                .extracting(row -> tuple(row.get("type"), row.get("supplier_id")))
                .containsExactly(tuple("STALE_FEED", "SUP2"), tuple("INVALID_FEED", "SUP3"),
                        tuple("MISSING_FEED", "SUP4"));
    }

    @Test
    void rejectsBadFeedRowsWithTheirLineAndNeverFailsTheRun() {
        Path input = input("base", "feed-rejects");
        runStep(CatalogStep.NAME, input);

        StepRun run = runStep(FeedsStep.NAME, input);

        assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(stagedByStep(WorkTable.REJECTS, FeedsStep.NAME, "source, line, reason", "line"))
                .extracting(row -> tuple(row.get("source"), row.get("line"), row.get("reason")))
                .containsExactly(
                        tuple("feeds/SUP1/stock.csv", 3L, "quantity: '-3' is negative"),
                        tuple("feeds/SUP1/stock.csv", 4L,
                                "as_of: 'yesterday' is not an ISO-8601 date-time or date"),
                        tuple("feeds/SUP1/stock.csv", 5L,
                                "as_of: '2026-11-24 06:00' is not an ISO-8601 date-time or date"));
        // Three of five rows rejected: the feed is not used.
        assertThat(staged(WorkTable.FEED_STATUS, "supplier_id, status", "supplier_id"))
                .extracting(row -> tuple(row.get("supplier_id"), row.get("status")))
                .containsExactly(tuple("SUP1", FeedsStep.INVALID), tuple("SUP2", FeedsStep.MISSING));
        assertThat(staged(WorkTable.FEED_STOCK, "sku", "sku")).isEmpty();
    }
}
