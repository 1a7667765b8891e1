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

/** The readCounts step: cycle counts held against on hand per SKU and location. */
class CountsStepTest extends StepTestSupport {

    @Test
    void reportsACountThatDiffersFromOnHandAtThatLocation() {
        Path input = input("base", "count-mismatch");
        runStep(CatalogStep.NAME, input);
        runStep(QuantityFile.ON_HAND.stepName(), input);

        StepRun run = runStep(CountsStep.NAME, input);

        assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(run.exitStatus().getExitCode()).isEqualTo(ExitStatus.COMPLETED.getExitCode());
        // A at WH2 matches; B's two WH1 counts sum to its on hand of 10.
        assertThat(stagedByStep(WorkTable.DISCREPANCIES, CountsStep.NAME,
                "type, source, supplier_id, sku, expected, actual, line", "type, sku"))
                .extracting(row -> tuple(row.get("type"), row.get("source"), row.get("supplier_id"), row.get("sku"),
                        row.get("expected"), row.get("actual"), row.get("line")))
                .containsExactly(
                        tuple("COUNT_MISMATCH", "counts.csv", "SUP1", "A", "25", "20", 2L),
                        tuple("COUNT_MISMATCH", "counts.csv", "SUP2", "C", "0", "2", 6L),
                        tuple("UNKNOWN_SKU", "counts.csv", "", "GHOST", "", "1", 7L));
        assertThat(staged(WorkTable.COUNTS, "sku, location, counted", "sku, location"))
                .extracting(row -> tuple(row.get("sku"), row.get("location"), row.get("counted")))
                .containsExactly(tuple("A", "WH1", 20L), tuple("A", "WH2", 15L), tuple("B", "WH1", 10L),
                        tuple("C", "WH3", 2L));
    }

    @Test
    void rejectsBadCountRowsWithTheirLine() {
        Path input = input("base", "counts-rejects");
        runStep(CatalogStep.NAME, input);
        runStep(QuantityFile.ON_HAND.stepName(), input);

        runStep(CountsStep.NAME, input, Map.of("max-reject-ratio", "1"));

        assertThat(stagedByStep(WorkTable.REJECTS, CountsStep.NAME, "source, line, reason", "line"))
                .extracting(row -> tuple(row.get("source"), row.get("line"), row.get("reason")))
                .containsExactly(
                        tuple("counts.csv", 3L, "counted_qty: '-2' is negative"),
                        tuple("counts.csv", 4L, "location: required cell is empty"),
                        tuple("counts.csv", 5L, "counted_qty: '0.5' has a fraction; a whole number is required"),
                        tuple("counts.csv", 7L, "sku: required cell is empty"));
        // A and B (counted 100.00) at WH1 match their on hand of 100.
        assertThat(stagedByStep(WorkTable.DISCREPANCIES, CountsStep.NAME, "type", "type")).isEmpty();
    }

    @Test
    void withoutACountsFileThereIsNothingToHoldAgainstOnHand() {
        Path input = input("base");
        runStep(CatalogStep.NAME, input);
        runStep(QuantityFile.ON_HAND.stepName(), input);

        StepRun run = runStep(CountsStep.NAME, input);

        assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(staged(WorkTable.COUNTS, "sku", "sku")).isEmpty();
        assertThat(stagedByStep(WorkTable.SOURCES, CountsStep.NAME, "source", "source")).isEmpty();
    }
}
