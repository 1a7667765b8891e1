package com.stockrecon.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.stockrecon.config.CatalogSource;
import com.stockrecon.config.InputLayout;
import com.stockrecon.runs.RunOutcome;
import com.stockrecon.runs.RunRequest;
import com.stockrecon.support.Fixtures;
import com.stockrecon.support.JobTestSupport;
import com.stockrecon.support.ReportFiles;

/**
 * A supplier fetched by one run and found unchanged (304) by its rerun: the rerun writes nothing and
 * reads the file the first run fetched as the supplier's feed. On H2 and PostgreSQL.
 */
abstract class ConditionalFetchJobTest extends JobTestSupport {

    static final LocalDate D = LocalDate.of(2026, 11, 24);

    @Test
    void aRerunFindsTheFeedUnchangedAndReadsTheFileFetchedBefore() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger notModified = new AtomicInteger();
        try (LoopbackServer server = LoopbackServer.serving(exchange -> {
            requests.incrementAndGet();
            if (("\"" + job + "\"").equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("ETag", "\"" + job + "\"");
            LoopbackServer.send(exchange, 200, "sku,quantity,as_of\nF-GOOD1,7,2026-11-24T06:00:00Z\n");
        })) {
            Path input = Fixtures.copy("fetched-feeds", work.resolve("input"));
            Path suppliers = Files.createDirectories(work.resolve("jobs/suppliers"));
            Files.writeString(suppliers.resolve("GOOD.yml"), "fetch:\n  url: " + server.uri("/" + job + ".csv")
                    + "\n  timeout: 5s\n");
            InputLayout layout = new InputLayout(CatalogSource.CANONICAL, suppliers);

            RunOutcome first = launcher.reconcile(new RunRequest(job, D, input, work.resolve("reports"),
                    policy(Map.of()), false, layout));
            RunOutcome rerun = launcher.reconcile(new RunRequest(job, D, input, work.resolve("reports"),
                    policy(Map.of()), true, layout));

            assertThat(first.result()).as(first.message()).isEqualTo(RunOutcome.Result.COMPLETED);
            assertThat(rerun.result()).as(rerun.message()).isEqualTo(RunOutcome.Result.COMPLETED);
            assertThat(requests.get()).isEqualTo(2);
            assertThat(notModified.get()).isEqualTo(1);
            try (Stream<Path> files = Files.list(input.resolve("feeds/GOOD"))) {
                assertThat(files.filter(file -> file.toString().endsWith(".csv")).count()).isEqualTo(1);
            }
            Path reports = reportFolder(D);
            assertThat(ReportFiles.summary(reports).path("fetch").path("GOOD").path("outcome").asString())
                    .isEqualTo("NOT_MODIFIED");
            assertThat(ReportFiles.records(reports.resolve("available_stock.csv")))
                    .extracting(row -> row.get("sku") + ":" + row.get("supplier_stock")).contains("F-GOOD1:7");
            assertThat(ReportFiles.summary(reports).path("feeds").path("usable").asLong()).isEqualTo(1);
        }
    }
}
