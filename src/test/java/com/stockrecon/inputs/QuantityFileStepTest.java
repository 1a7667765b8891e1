package com.stockrecon.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;

import com.stockrecon.support.StepTestSupport;
import com.stockrecon.staging.WorkTable;

/**
 * The readOnHand, readReservations and readInTransit steps: quantities summed per catalog SKU, bad
 * quantities rejected with their line, SKUs outside the catalog reported as UNKNOWN_SKU. The three
 * fixture files hold the same cases in each file's own layout.
 */
class QuantityFileStepTest extends StepTestSupport {

    private static final Map<String, String> ANY_REJECT_RATIO = Map.of("max-reject-ratio", "1");

    static Stream<QuantityFile> quantityFiles() {
        return Stream.of(QuantityFile.ON_HAND, QuantityFile.RESERVATIONS, QuantityFile.IN_TRANSIT);
    }

    @ParameterizedTest
    @MethodSource("quantityFiles")
    void sumsWholeQuantitiesPerCatalogSku(QuantityFile file) {
        Path input = input("base", "quantity-rejects");
        runStep(CatalogStep.NAME, input);

        StepRun run = runStep(file.stepName(), input, ANY_REJECT_RATIO);

        assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(run.exitStatus().getExitCode()).isEqualTo(ExitStatus.COMPLETED.getExitCode());
        // A: 10 + 12.00; B: the one 12-digit quantity; the rejected rows and GHOST add nothing.
        assertThat(staged(file.sums(), "sku, qty", "sku"))
                .extracting(row -> tuple(row.get("sku"), row.get("qty")))
                .containsExactly(tuple("A", 22L), tuple("B", 999_999_999_999L));
    }

    @ParameterizedTest
    @MethodSource("quantityFiles")
    void rejectsNegativeFractionalOverlongAndEmptyQuantities(QuantityFile file) {
        Path input = input("base", "quantity-rejects");
        runStep(CatalogStep.NAME, input);

        runStep(file.stepName(), input, ANY_REJECT_RATIO);

        assertThat(stagedByStep(WorkTable.REJECTS, file.stepName(), "source, line, reason", "line"))
                .extracting(row -> tuple(row.get("source"), row.get("line"), row.get("reason")))
                .containsExactly(
                        tuple(file.fileName(), 4L, "quantity: '-1' is negative"),
                        tuple(file.fileName(), 5L, "quantity: '2.5' has a fraction; a whole number is required"),
                        tuple(file.fileName(), 6L, "quantity: '1234567890123' has more than 12 digits"),
                        tuple(file.fileName(), 7L, "quantity: required cell is empty"));
        assertThat(stagedByStep(WorkTable.SOURCES, file.stepName(),
                "source, rows_read, accepted, rejected, ignored, ignored_reasons", "position"))
                .extracting(row -> tuple(row.get("source"), row.get("rows_read"), row.get("accepted"),
                        row.get("rejected"), row.get("ignored"), row.get("ignored_reasons")))
                .containsExactly(tuple(file.fileName(), 8L, 3L, 4L, 1L, "unknown_sku=1"));
    }

    @ParameterizedTest
    @MethodSource("quantityFiles")
    void reportsAWellFormedRowOfAnUnknownSkuAsUnknownSku(QuantityFile file) {
        Path input = input("base", "quantity-rejects");
        runStep(CatalogStep.NAME, input);

        runStep(file.stepName(), input, ANY_REJECT_RATIO);

        assertThat(stagedByStep(WorkTable.DISCREPANCIES, file.stepName(),
                "type, source, supplier_id, sku, expected, actual, line", "line"))
                .extracting(row -> tuple(row.get("type"), row.get("source"), row.get("supplier_id"), row.get("sku"),
                        row.get("expected"), row.get("actual"), row.get("line")))
                .containsExactly(tuple("UNKNOWN_SKU", file.fileName(), "", "GHOST", "", "4", 9L));
    }

    @ParameterizedTest
    @MethodSource("quantityFiles")
    void failsNamingTheFileWhenMoreThanMaxRejectRatioOfItsRowsAreRejected(QuantityFile file) {
        Path input = input("base", "quantity-rejects");
        runStep(CatalogStep.NAME, input);

        StepRun run = runStep(file.stepName(), input);

        assertThat(run.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(run.exitStatus().getExitCode()).isEqualTo(ExitStatus.FAILED.getExitCode());
        assertThat(run.exitStatus().getExitDescription()).contains(file.fileName() + ": 4 of 8 rows rejected");
    }
}
