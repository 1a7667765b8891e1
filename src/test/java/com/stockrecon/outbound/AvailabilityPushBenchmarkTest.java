package com.stockrecon.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.stockrecon.outbound.ledger.DeliveryCounts;
import com.stockrecon.runs.RunRegistry;
import com.stockrecon.staging.BulkWriter;
import com.stockrecon.staging.Staging;
import com.stockrecon.staging.WorkTable;
import com.stockrecon.support.JobTestSupport;
import com.stockrecon.support.TestDatabases;
import com.stockrecon.webhooks.WebhookReceiver;

/**
 * Issue 11 §4, measured: the availability push of a completed run of 1,000,000 SKUs to one distributor on
 * loopback, batches of 1,000, to a receiver that verifies every signature. Not part of the suite
 * (minutes of CPU for the data): {@code mvn test -Dtest=AvailabilityPushBenchmarkTest -Dstockrecon.bench=true
 * [-Dstockrecon.bench.skus=N] [-Dstockrecon.bench.db=h2]}.
 */
@EnabledIfSystemProperty(named = "stockrecon.bench", matches = "true")
@Import(OutboundJobTest.Secrets.class)
class AvailabilityPushBenchmarkTest extends JobTestSupport {

    static final int SKUS = Integer.getInteger("stockrecon.bench.skus", 1_000_000);
    static final LocalDate D = LocalDate.of(2026, 11, 25);
    static final Path JOBS = Path.of("target", "outbound-bench-" + UUID.randomUUID()).toAbsolutePath();

    @Autowired
    RunRegistry registry;

    @Autowired
    Staging staging;

    @Autowired
    Deliveries deliveries;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        if ("h2".equals(System.getProperty("stockrecon.bench.db"))) {
            TestDatabases.useH2(properties);
        } else {
            TestDatabases.usePostgres(properties);
        }
        properties.add(OutboundSettings.JOBS_DIR, JOBS::toString);
    }

    @Test
    void pushesAMillionSkusToOneDistributorInUnder30Seconds() throws Exception {
        long runId = registry.findOrCreate(job, D, 0);
        staging.recreate(WorkTable.RESULT, runId);
        try (BulkWriter rows = staging.writer(WorkTable.RESULT, runId, "sku", "supplier_id", "on_hand", "in_transit",
                "supplier_stock", "reserved", "available", "velocity", "days_of_supply", "name", "tier", "order_qty",
                "pack_size", "unit_cost", "line_cost")) {
            for (int i = 0; i < SKUS; i++) {
                long available = i % 97;
                rows.row(String.format("SKU-%07d", i), "SUP-" + (i % 50), 40L, 5L, 10L, 3L, available, "1.25",
                        "8.0", "Product " + i, available < 5 ? "CRITICAL" : available < 15 ? "LOW" : null, null, 1L,
                        "1.00", null);
            }
        }
        registry.markCompleted(runId, work.resolve("reports").resolve(D.toString()).toString(),
                new RunRegistry.RunMetrics(SKUS, 0, 0, 0, 0));
        try (WebhookReceiver receiver = WebhookReceiver.start(WebhookReceiver.secretOf(OutboundJobTest.SECRET_TEXT))) {
            Files.createDirectories(JOBS.resolve("distributors"));
            Files.writeString(JOBS.resolve("distributors").resolve("bench.yml"), "url: " + receiver.url()
                    + "\nsecret-env: " + OutboundJobTest.SECRET_ENV + "\n");

            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long started = System.nanoTime();
            Deliveries.DeliveryReport report = deliveries.deliver(job, D, JOBS, null).orElseThrow();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

            int batches = (SKUS + 999) / 1000;
            System.out.printf("BENCH availability push: %,d SKUs, %,d batches to one distributor in %.1f s"
                    + " (load average %.1f before, %.1f after, %d cores)%n", SKUS, batches, took.toMillis() / 1000.0,
                    loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
            assertThat(report.total()).isEqualTo(new DeliveryCounts(batches, 0, 0));
            assertThat(receiver.received().size()).isEqualTo(batches);
            assertThat(receiver.received().stream().filter(r -> !r.signatureValid()).count()).isZero();
            assertThat(took).isLessThan(Duration.ofSeconds(30));
        }
    }
}
