package com.stockrecon.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.stockrecon.runs.RunOutcome;
import com.stockrecon.support.Fixtures;
import com.stockrecon.support.JobTestSupport;
import com.stockrecon.support.ReportFiles;

/** The contract's worked examples A to F (§2), reconciled end to end on D = 2026-11-24. */
abstract class WorkedExamplesJobTest extends JobTestSupport {

    static final LocalDate D = LocalDate.of(2026, 11, 24);

    @Test
    void reportsMatchTheContractsWorkedExamples() {
        Path input = Fixtures.copy("worked-examples", work.resolve("input"));

        RunOutcome outcome = reconcile(input, D);

        assertThat(outcome.result()).isEqualTo(RunOutcome.Result.COMPLETED);
        Path reports = reportFolder(D);
        assertThat(ReportFiles.rows(reports.resolve("available_stock.csv"))).containsExactly(
                List.of("sku", "supplier_id", "on_hand", "in_transit", "supplier_stock", "reserved", "available",
                        "velocity", "days_of_supply"),
                List.of("A", "SUP1", "40", "12", "0", "30", "22", "2.50", "8.80"),
                List.of("B", "SUP1", "0", "0", "0", "0", "0", "2.07", "0.00"),
                List.of("C", "SUP1", "3", "0", "0", "0", "3", "0.00", "30.00"),
                List.of("D", "SUP1", "30", "0", "0", "0", "30", "3.00", "10.00"),
                List.of("E", "SUP1", "2", "0", "0", "7", "0", "0.00", "0.00"),
                List.of("F", "SUP1", "5", "0", "0", "0", "5", "8.00", "0.63"));
        assertThat(ReportFiles.records(reports.resolve("alerts.csv")))
                .extracting(row -> row.get("sku") + ":" + row.get("tier"))
                .containsExactly("B:CRITICAL", "C:CRITICAL", "E:CRITICAL", "F:CRITICAL", "A:WARNING", "D:WARNING");
        assertThat(ReportFiles.rows(reports.resolve("purchase_suggestions.csv"))).containsExactly(
                List.of("supplier_id", "sku", "order_qty", "raw_qty", "available", "velocity", "lead_time_days",
                        "safety_stock", "unit_cost", "line_cost"),
                List.of("SUP1", "A", "60", "56.75", "22", "2.50", "7", "26.25", "2.50", "150.00"),
                List.of("SUP1", "B", "29", "29.00", "0", "2.07", "0", "0.00", "1.00", "29.00"),
                List.of("SUP1", "F", "247", "247.00", "5", "8.00", "7", "84.00", "0.00", "0.00"));
        assertThat(ReportFiles.records(reports.resolve("discrepancies.csv")))
                .extracting(row -> row.get("type") + ":" + row.get("sku"))
                .containsExactly("MISSING_FROM_FEED:A", "OVERSOLD:E");
        assertThat(ReportFiles.summary(reports).path("sources").path("sales.csv").path("accepted").asLong())
                .isEqualTo(8);
    }

    @Test
    void aCompletedDateIsNotRepeatedWithoutRerun() {
        Path input = Fixtures.copy("worked-examples", work.resolve("input"));
        assertThat(reconcile(input, D).result()).isEqualTo(RunOutcome.Result.COMPLETED);

        RunOutcome again = reconcile(input, D);
        RunOutcome rerun = reconcile(input, D, Map.of(), true);

        assertThat(again.result()).isEqualTo(RunOutcome.Result.ALREADY_COMPLETED);
        assertThat(again.message()).contains("--rerun");
        assertThat(rerun.result()).isEqualTo(RunOutcome.Result.COMPLETED);
        assertThat(ReportFiles.summary(reportFolder(D)).path("run_id").asString()).isEqualTo("2026-11-24-rerun1");
    }

    @Test
    void aCompletedDateAskedForWithOtherInputsRunsAgain() throws Exception {
        Path input = Fixtures.copy("worked-examples", work.resolve("input"));
        assertThat(reconcile(input, D).result()).isEqualTo(RunOutcome.Result.COMPLETED);
        Path corrected = Fixtures.copy("worked-examples", work.resolve("corrected"));
        java.nio.file.Files.writeString(corrected.resolve("reservations.csv"), "order_id,sku,quantity\n");

        RunOutcome again = reconcile(corrected, D);

        assertThat(again.result()).isEqualTo(RunOutcome.Result.COMPLETED);
        assertThat(ReportFiles.summary(reportFolder(D)).path("run_id").asString()).isEqualTo("2026-11-24-rerun1");
        assertThat(ReportFiles.records(reportFolder(D).resolve("discrepancies.csv")))
                .extracting(row -> row.get("type")).doesNotContain("OVERSOLD");
        assertThat(reconcile(corrected, D).result()).isEqualTo(RunOutcome.Result.ALREADY_COMPLETED);
    }
}
