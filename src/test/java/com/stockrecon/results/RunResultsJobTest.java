package com.stockrecon.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Import;

import com.stockrecon.runs.RunFinished;
import com.stockrecon.runs.RunOutcome;
import com.stockrecon.support.JobTestSupport;
import com.stockrecon.support.ReportFiles;

/**
 * A completed run's per-SKU results read back through {@link RunResults}: the same figures as
 * available_stock.csv, the alert tier of alerts.csv and the order of purchase_suggestions.csv, in sku
 * order; and every reconcile request ends with a {@link RunFinished} event.
 */
@Import(RunResultsJobTest.Events.class)
abstract class RunResultsJobTest extends JobTestSupport {

    static final Path SAMPLE = Path.of("sample-data").toAbsolutePath();
    static final LocalDate D = LocalDate.of(2026, 11, 25);

    @Autowired
    RunResults results;

    @Autowired
    Events events;

    @Test
    void theLatestCompletedRunsResultsMatchItsReports() {
        assertThat(results.latestCompleted(job)).isEmpty();
        reconcile(SAMPLE.resolve("previous-day"), D.minusDays(1));
        RunOutcome outcome = reconcile(SAMPLE, D);
        assertThat(outcome.result()).isEqualTo(RunOutcome.Result.COMPLETED);
        assertThat(events.finished).extracting(finished -> finished.outcome().result())
                .containsExactly(RunOutcome.Result.COMPLETED, RunOutcome.Result.COMPLETED);

        CompletedRun latest = results.latestCompleted(job).orElseThrow();
        assertThat(latest.businessDate()).isEqualTo(D);
        List<SkuResult> all = new ArrayList<>();
        results.forEach(latest.runId(), all::add);

        List<Map<String, String>> stock = ReportFiles.records(reportFolder(D).resolve("available_stock.csv"));
        assertThat(all).hasSize(stock.size());
        for (int i = 0; i < stock.size(); i++) {
            Map<String, String> row = stock.get(i);
            SkuResult result = all.get(i);
            assertThat(List.of(result.sku(), result.supplierId(), Long.toString(result.onHand()),
                    Long.toString(result.inTransit()), Long.toString(result.supplierStock()),
                    Long.toString(result.reserved()), Long.toString(result.available()), result.velocity(),
                    result.daysOfSupply())).containsExactly(row.get("sku"), row.get("supplier_id"), row.get("on_hand"),
                            row.get("in_transit"), row.get("supplier_stock"), row.get("reserved"),
                            row.get("available"), row.get("velocity"), row.get("days_of_supply"));
        }
        for (Map<String, String> alert : ReportFiles.records(reportFolder(D).resolve("alerts.csv"))) {
            assertThat(results.find(latest.runId(), alert.get("sku")).orElseThrow().tier()).isEqualTo(alert.get("tier"));
        }
        List<Map<String, String>> suggestions = ReportFiles.records(
                reportFolder(D).resolve("purchase_suggestions.csv"));
        assertThat(all.stream().filter(result -> result.order() != null).count()).isEqualTo(suggestions.size());
        for (Map<String, String> suggestion : suggestions) {
            SkuResult.OrderLine order = results.find(latest.runId(), suggestion.get("sku")).orElseThrow().order();
            assertThat(List.of(Long.toString(order.orderQty()), order.unitCost(), order.lineCost()))
                    .containsExactly(suggestion.get("order_qty"), suggestion.get("unit_cost"),
                            suggestion.get("line_cost"));
        }
        assertThat(all).filteredOn(result -> !result.name().isEmpty()).isNotEmpty();
        assertThat(all).filteredOn(result -> result.tier() == null).isNotEmpty();
        assertThat(results.find(latest.runId(), "NO-SUCH-SKU")).isEmpty();

        String supplier = all.get(0).supplierId();
        List<SkuResult> expected = all.stream()
                .filter(result -> result.supplierId().equals(supplier) && result.tier() != null).toList();
        List<SkuResult> paged = new ArrayList<>();
        String after = null;
        List<SkuResult> page;
        do {
            page = results.page(latest.runId(), after, 7,
                    result -> result.supplierId().equals(supplier) && result.tier() != null);
            paged.addAll(page);
            after = page.isEmpty() ? null : page.get(page.size() - 1).sku();
        } while (page.size() == 7);
        assertThat(paged).isEqualTo(expected);
    }

    @TestConfiguration
    static class Events {

        final List<RunFinished> finished = new CopyOnWriteArrayList<>();

        @EventListener
        void on(RunFinished event) {
            finished.add(event);
        }
    }
}
