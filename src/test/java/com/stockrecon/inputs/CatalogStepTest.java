package com.stockrecon.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;

import com.stockrecon.runs.StagedStep;
import com.stockrecon.support.StepTestSupport;
import com.stockrecon.staging.WorkTable;

/** The readCatalog step: suppliers.csv and catalog.csv staged, bad rows rejected with their line. */
class CatalogStepTest extends StepTestSupport {

    private static final Map<String, String> ANY_REJECT_RATIO = Map.of("max-reject-ratio", "1");

    @Test
    void stagesTheCatalogKeepingBlankOptionalCellsForThePolicyDefaults() {
        StepRun run = runStep(CatalogStep.NAME, input("base", "catalog-rejects"), ANY_REJECT_RATIO);

        assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(run.exitStatus().getExitCode()).isEqualTo(ExitStatus.COMPLETED.getExitCode());
        assertThat(staged(WorkTable.CATALOG, "sku, supplier_id, lead_time_days, moq, pack_size, unit_cost,"
                + " critical_threshold, low_threshold, warning_threshold", "sku"))
                .extracting(row -> tuple(row.get("sku"), row.get("supplier_id"), row.get("lead_time_days"),
                        row.get("moq"), row.get("pack_size"), row.get("unit_cost"), row.get("critical_threshold"),
                        row.get("low_threshold"), row.get("warning_threshold")))
                .containsExactly(
                        tuple("A", "SUP1", 7L, 0L, 1L, "1.00", null, null, null),
                        tuple("B", "SUP1", null, null, null, null, null, null, null),
                        tuple("C", "SUP2", 3L, 12L, 6L, "0.125", 1L, 2L, 3L));
    }

    @Test
    void rejectsEachBadCatalogRowWithItsLineAndRawText() {
        runStep(CatalogStep.NAME, input("base", "catalog-rejects"), ANY_REJECT_RATIO);

        assertThat(stagedByStep(WorkTable.REJECTS, CatalogStep.NAME, "source, line, reason, record", "source, line"))
                .extracting(row -> tuple(row.get("source"), row.get("line"), row.get("record")))
                .containsExactly(
                        tuple("catalog.csv", 5L, "A,Item A again,SUP2,7,0,1,1.00,,,"),
                        tuple("catalog.csv", 6L, "D,Zero pack,SUP1,7,0,0,1.00,,,"),
                        tuple("catalog.csv", 7L, "E,Negative moq,SUP1,7,-5,1,1.00,,,"),
                        tuple("catalog.csv", 8L, "F,Bad cost,SUP1,7,0,1,1.2.3,,,"),
                        tuple("catalog.csv", 9L, ",No sku,SUP1,7,0,1,1.00,,,"),
                        tuple("catalog.csv", 10L, "G,No supplier,,7,0,1,1.00,,,"),
                        tuple("catalog.csv", 11L, "H,Too few cells,SUP1"),
                        tuple("catalog.csv", 12L, "I,Too many cells,SUP1,7,0,1,1.00,,,,"),
                        tuple("catalog.csv", 13L, "J,Negative cost,SUP1,7,0,1,-1.00,,,"));
        assertThat(stagedByStep(WorkTable.SOURCES, CatalogStep.NAME, "source, rows_read, accepted, rejected, ignored",
                "position"))
                .extracting(row -> tuple(row.get("source"), row.get("rows_read"), row.get("accepted"),
                        row.get("rejected"), row.get("ignored")))
                .containsExactly(
                        tuple("suppliers.csv", 2L, 2L, 0L, 0L),
                        tuple("catalog.csv", 12L, 3L, 9L, 0L));
    }

    @Test
    void keepsTheFirstOfTwoSuppliersWithTheSameId() {
        runStep(CatalogStep.NAME, input("base", "suppliers-rejects"), ANY_REJECT_RATIO);

        assertThat(staged(WorkTable.SUPPLIERS, "supplier_id, max_feed_age_hours", "supplier_id"))
                .extracting(row -> tuple(row.get("supplier_id"), row.get("max_feed_age_hours")))
                .containsExactly(tuple("SUP1", 72L), tuple("SUP2", null));
        assertThat(stagedByStep(WorkTable.REJECTS, CatalogStep.NAME, "source, line", "source, line"))
                .extracting(row -> tuple(row.get("source"), row.get("line")))
                .containsExactly(tuple("suppliers.csv", 4L), tuple("suppliers.csv", 5L), tuple("suppliers.csv", 6L),
                        tuple("suppliers.csv", 7L));
    }

    @Test
    void failsNamingTheFileAndColumnWhenARequiredColumnIsMissing() {
        StepRun run = runStep(CatalogStep.NAME, input("base", "catalog-without-supplier-column"));

        assertThat(run.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(run.exitStatus().getExitCode()).isEqualTo(ExitStatus.FAILED.getExitCode());
        assertThat(run.exitStatus().getExitDescription()).contains("catalog.csv", "supplier_id");
    }

    @Test
    void failsWhenMoreThanMaxRejectRatioOfTheCatalogIsRejected() {
        StepRun run = runStep(CatalogStep.NAME, input("base", "catalog-rejects"));

        assertThat(run.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(run.exitStatus().getExitDescription()).contains("catalog.csv: 9 of 12 rows rejected");
    }

    @Test
    void runAgainOnUnchangedInputReusesItsStagedWork() {
        Path input = input("base");
        assertThat(runStep(CatalogStep.NAME, input).exitStatus().getExitCode())
                .isEqualTo(ExitStatus.COMPLETED.getExitCode());

        StepRun again = runStep(CatalogStep.NAME, input);

        assertThat(again.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(again.exitStatus().getExitCode()).isEqualTo(StagedStep.REUSED);
        assertThat(staged(WorkTable.CATALOG, "sku", "sku")).extracting(row -> row.get("sku"))
                .containsExactly("A", "B", "C");
    }
}
