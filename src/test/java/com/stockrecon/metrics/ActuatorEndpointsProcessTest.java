package com.stockrecon.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.stockrecon.scheduling.support.JobDefinitionFiles;
import com.stockrecon.support.Fixtures;
import com.stockrecon.support.StockReconProcess;
import com.stockrecon.support.StockReconProcess.Result;

/**
 * {@code schedule} serves /actuator/prometheus (the run figures under the textfile's names and labels,
 * plus JVM, HTTP and connection-pool metrics) and /actuator/health (the components of run.sh health and
 * the scheduler's) on its management port, on loopback; scraped over HTTP from a real process.
 */
class ActuatorEndpointsProcessTest {

    private static final Pattern ANNOUNCED = Pattern.compile(
            "management endpoints on http://127\\.0\\.0\\.1:(\\d+)/actuator/health");

    @TempDir
    Path work;

    @Test
    void prometheusAndHealthOfASchedulerOverHttp() throws Exception {
        Path input = Fixtures.copy("worked-examples", work.resolve("input"));
        JobDefinitionFiles.write(work.resolve("jobs"), "nightly", "input: \"" + input + "\"\nreports: \""
                + work.resolve("reports") + "\"\nschedule:\n  cron: \"0 0 3 1 1 ? 2099\"\nhealth:\n"
                + "  min-free-mb: 1\n");
        StockReconProcess stockrecon = StockReconProcess.in(work).onH2(work.resolve("db"));
        Result run = stockrecon.run("reconcile", "--jobs", work.resolve("jobs").toString(), "--job", "nightly",
                "--date", "2026-11-24");
        assertThat(run.exitCode()).as(run.toString()).isZero();

        try (StockReconProcess.Started scheduler = stockrecon.start("schedule", "--jobs",
                work.resolve("jobs").toString())) {
            scheduler.awaitOutput("management endpoints on ");
            Matcher port = ANNOUNCED.matcher(scheduler.stdout());
            assertThat(port.find()).as(scheduler.stdout()).isTrue();
            URI base = URI.create("http://127.0.0.1:" + port.group(1));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

            HttpResponse<String> health = get(http, base.resolve("/actuator/health"));
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            JsonNode components = JsonMapper.builder().build().readTree(health.body()).path("components");
            assertThat(components.path("database").path("status").asString()).isEqualTo("UP");
            assertThat(components.path("last-run").path("status").asString()).isEqualTo("UP");
            assertThat(components.path("last-run").path("details").path("nightly").asString())
                    .startsWith("UP nightly 2026-11-24 completed at ");
            assertThat(components.path("input").path("status").asString()).isEqualTo("UP");
            assertThat(components.path("reports-disk").path("status").asString()).isEqualTo("UP");
            assertThat(components.path("scheduler").path("status").asString()).isEqualTo("UP");

            get(http, base.resolve("/actuator/prometheus"));
            HttpResponse<String> prometheus = get(http, base.resolve("/actuator/prometheus"));
            assertThat(prometheus.statusCode()).isEqualTo(200);
            assertThat(prometheus.body().lines())
                    .contains("stockrecon_last_run_business_date_seconds{job=\"nightly\"} 1.7954784E9",
                            "stockrecon_alerts{job=\"nightly\",tier=\"CRITICAL\"} 4.0",
                            "stockrecon_purchase_suggestions{job=\"nightly\"} 3.0",
                            "stockrecon_discrepancies{job=\"nightly\",type=\"OVERSOLD\"} 1.0",
                            "stockrecon_rows{job=\"nightly\",outcome=\"read\",source=\"sales.csv\"} 8.0",
                            "stockrecon_feeds{job=\"nightly\",status=\"usable\"} 1.0")
                    .anyMatch(line -> line.startsWith("stockrecon_last_run_timestamp_seconds{job=\"nightly\","
                            + "status=\"completed\"}"))
                    .anyMatch(line -> line.startsWith("jvm_memory_used_bytes{"))
                    .anyMatch(line -> line.startsWith("hikaricp_connections{"))
                    .anyMatch(line -> line.startsWith("http_server_requests_seconds_count{"));
            scheduler.terminate();
            assertThat(scheduler.finish().exitCode()).isZero();
        }
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
