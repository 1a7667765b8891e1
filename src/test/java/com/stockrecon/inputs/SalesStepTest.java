package com.stockrecon.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;

import com.stockrecon.support.StepTestSupport;
import com.stockrecon.staging.WorkTable;

/** The readSales step: sales of the window D-W .. D-1 summed per SKU, returns included. */
class SalesStepTest extends StepTestSupport {

    @Test
    void sumsSalesDatedFromDMinusWindowToTheDayBeforeD() {
        Path input = input("base", "sales-window-edges");
        runStep(CatalogStep.NAME, input);

        StepRun run = runStep(SalesStep.NAME, input);

        assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(run.exitStatus().getExitCode()).isEqualTo(ExitStatus.COMPLETED.getExitCode());
        // A: 2026-10-27 (D-28) and 2026-11-23 (D-1) count, 2026-10-26 and 2026-11-24 (D) do not.
        // B: a return of -3 against 10 sold. C: 3.00 is the whole number 3.
        assertThat(staged(WorkTable.SALES, "sku, qty", "sku"))
                .extracting(row -> tuple(row.get("sku"), row.get("qty")))
                .containsExactly(tuple("A", 28L), tuple("B", 7L), tuple("C", 3L));
        assertThat(stagedByStep(WorkTable.SOURCES, SalesStep.NAME, "rows_read, accepted, rejected, ignored",
                "position"))
                .extracting(row -> tuple(row.get("rows_read"), row.get("accepted"), row.get("rejected"),
                        row.get("ignored")))
                .containsExactly(tuple(7L, 7L, 0L, 0L));
    }

    @Test
    void aShorterWindowFromThePolicyCountsFewerDays() {
        Path input = input("base", "sales-window-edges");
        runStep(CatalogStep.NAME, input);

        runStep(SalesStep.NAME, input, Map.of("window-days", "7"));

        assertThat(staged(WorkTable.SALES, "sku, qty", "sku"))
                .extracting(row -> tuple(row.get("sku"), row.get("qty")))
                .containsExactly(tuple("A", 14L));
    }

    @Test
    void rejectsBadDatesAndFractionsAcceptsReturnsAndOnlyCountsUnknownSkus() {
        Path input = input("base", "sales-rejects");
        runStep(CatalogStep.NAME, input);

        StepRun run = runStep(SalesStep.NAME, input, Map.of("max-reject-ratio", "1"));

        assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(staged(WorkTable.SALES, "sku, qty", "sku"))
                .extracting(row -> tuple(row.get("sku"), row.get("qty")))
                .containsExactly(tuple("A", 5L), tuple("B", -4L));
        assertThat(stagedByStep(WorkTable.REJECTS, SalesStep.NAME, "line", "line"))
                .extracting(row -> row.get("line"))
                .containsExactly(3L, 4L, 5L, 8L, 9L);
        assertThat(stagedByStep(WorkTable.DISCREPANCIES, SalesStep.NAME, "sku", "sku")).isEmpty();
        assertThat(stagedByStep(WorkTable.SOURCES, SalesStep.NAME,
                "rows_read, accepted, rejected, ignored, ignored_reasons", "position"))
                .extracting(row -> tuple(row.get("rows_read"), row.get("accepted"), row.get("rejected"),
                        row.get("ignored"), row.get("ignored_reasons")))
                .containsExactly(tuple(8L, 2L, 5L, 1L, "unknown_sku=1"));
    }
}
