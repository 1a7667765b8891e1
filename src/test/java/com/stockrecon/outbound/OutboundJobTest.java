package com.stockrecon.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.stockrecon.outbound.ledger.DeliveryCounts;
import com.stockrecon.outbound.ledger.DeliveryLedger;
import com.stockrecon.outbound.ledger.DeliveryRecord;
import com.stockrecon.outbound.ledger.DeliveryStatus;
import com.stockrecon.outbound.orders.PurchaseOrderFileName;
import com.stockrecon.outbound.orders.PurchaseOrderFiles;
import com.stockrecon.results.CompletedRun;
import com.stockrecon.results.RunResults;
import com.stockrecon.results.SkuResult;
import com.stockrecon.runs.RunOutcome;
import com.stockrecon.support.JobTestSupport;
import com.stockrecon.support.ReportFiles;
import com.stockrecon.webhooks.WebhookReceiver;
import com.stockrecon.webhooks.WebhookReceiver.Received;
import com.stockrecon.webhooks.WebhookReceiver.Reply;

/**
 * Contract outbound §1-3 on a whole run: the purchase orders in the report folder, and deliveries to real
 * receivers on loopback that verify every signature: one that fails then recovers, one that hangs, one
 * that answers 400, one that answers 429 with Retry-After, supplier order endpoints; recorded, shown in
 * summary.json, resent with the same ids, never failing the run.
 */
@Import(OutboundJobTest.Secrets.class)
abstract class OutboundJobTest extends JobTestSupport {

    static final Path SAMPLE = Path.of("sample-data").toAbsolutePath();
    static final LocalDate D = LocalDate.of(2026, 11, 25);
    static final Path JOBS = Path.of("target", "outbound-jobs-" + UUID.randomUUID()).toAbsolutePath();
    static final String SECRET_TEXT = WebhookReceiver.newSecretText();
    static final String SECRET_ENV = "TEST_DISTRIBUTOR_SECRET";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RunResults results;

    @Autowired
    DeliveryLedger ledger;

    @Autowired
    Deliveries deliveries;

    private final List<WebhookReceiver> receivers = new ArrayList<>();

    @DynamicPropertySource
    static void jobs(DynamicPropertyRegistry registry) {
        registry.add(OutboundSettings.JOBS_DIR, JOBS::toString);
    }

    @TestConfiguration
    static class Secrets {
        @Bean
        @Primary
        SecretEnvironment testSecrets() {
            return () -> Map.of(SECRET_ENV, SECRET_TEXT);
        }
    }

    @BeforeEach
    void noTargets() throws IOException {
        deleteTree(JOBS);
        Files.createDirectories(JOBS.resolve("distributors"));
        Files.createDirectories(JOBS.resolve("suppliers"));
    }

    @AfterEach
    void stopReceivers() {
        receivers.forEach(WebhookReceiver::close);
    }

    @Test
    void purchaseOrdersHoldExactlyTheSuggestionsEachWithItsTotalsAndTheFormulaGuard() throws IOException {
        Path input = work.resolve("input");
        copyTree(SAMPLE, input);
        // every product name now starts like a formula
        List<String> catalog = Files.readAllLines(input.resolve("catalog.csv"));
        List<String> hostile = new ArrayList<>(List.of(catalog.get(0)));
        catalog.stream().skip(1).map(line -> line.replaceFirst("^([^,]*),([^\"])", "$1,=$2")).forEach(hostile::add);
        Files.write(input.resolve("catalog.csv"), hostile);

        assertThat(reconcile(input, D).result()).isEqualTo(RunOutcome.Result.COMPLETED);

        Path folder = reportFolder(D).resolve(PurchaseOrderFiles.FOLDER);
        List<Map<String, String>> suggestions = ReportFiles.records(reportFolder(D).resolve("purchase_suggestions.csv"));
        Set<String> suppliers = suggestions.stream().map(row -> row.get("supplier_id")).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(suppliers.stream().map(PurchaseOrderFileName::of).toList());
        }
        List<String> fromOrders = new ArrayList<>();
        List<List<String>> guarded = new ArrayList<>();
        for (String supplier : suppliers) {
            List<List<String>> rows = ReportFiles.rows(folder.resolve(PurchaseOrderFileName.of(supplier)));
            assertThat(rows.get(0)).containsExactly(PurchaseOrderFiles.COLUMNS);
            List<List<String>> lines = rows.subList(1, rows.size() - 1);
            List<String> total = rows.get(rows.size() - 1);
            assertThat(lines).isNotEmpty().isSortedAccordingTo(Comparator.comparing(line -> line.get(0)));
            assertThat(lines).noneSatisfy(line -> assertThat(line.get(1)).startsWith("="));
            guarded.addAll(lines.stream().filter(line -> line.get(1).startsWith("'=")).toList());
            assertThat(total).containsExactly(PurchaseOrderFiles.TOTAL, "",
                    Long.toString(lines.stream().mapToLong(line -> Long.parseLong(line.get(2))).sum()), "", "",
                    lines.stream().map(line -> new BigDecimal(line.get(5))).reduce(new BigDecimal("0.00"),
                            BigDecimal::add).toPlainString());
            lines.forEach(line -> fromOrders.add(String.join("|", supplier, line.get(0), line.get(2), line.get(4),
                    line.get(5))));
        }
        assertThat(fromOrders).containsExactlyInAnyOrderElementsOf(suggestions.stream()
                .map(row -> String.join("|", row.get("supplier_id"), row.get("sku"), row.get("order_qty"),
                        row.get("unit_cost"), row.get("line_cost")))
                .toList());
        assertThat(guarded).isNotEmpty();
        try (Stream<Path> left = Files.list(reportFolder(D).getParent())) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactly(D.toString());
        }
    }

    @Test
    void deliveriesRetryWhatCanSucceedRecordWhatFailedAndResendItWithTheSameIds() throws Exception {
        WebhookReceiver recovers = receiver().answer(Reply.status(503), Reply.status(500));
        WebhookReceiver hangs = receiver().answer(Reply.hang(Duration.ofSeconds(5)));
        WebhookReceiver rejects = receiver().thenAlways(Reply.status(400));
        WebhookReceiver throttles = receiver().answer(Reply.tooManyRequests("1"));
        WebhookReceiver orders = receiver();
        distributor("recovers", recovers, "batch-size: 50");
        distributor("hangs", hangs, "timeout: 1500ms");
        distributor("rejects", rejects, "");
        distributor("throttles", throttles, "suppliers: [NORDLAGER, PAPERLARK]\nskus:\n  - 'LY-NL-00*'\n  - '16011'");
        for (String supplier : List.of("NORDLAGER", "PAPERLARK", "LUMEN")) {
            Files.writeString(JOBS.resolve("suppliers").resolve(supplier + ".yml"), "orders:\n  url: " + orders.url()
                    + "\n  secret-env: " + SECRET_ENV + "\n  backoff: 10ms\n");
        }

        RunOutcome outcome = reconcile(SAMPLE, D);

        assertThat(outcome.result()).isEqualTo(RunOutcome.Result.COMPLETED);
        CompletedRun run = results.latestCompleted(job).orElseThrow();
        List<SkuResult> all = new ArrayList<>();
        results.forEach(run.runId(), all::add);
        Map<String, String> expected = new LinkedHashMap<>();
        all.forEach(sku -> expected.put(sku.sku(), sku.available() + "/" + sku.tier()));

        int batches = (all.size() + 49) / 50;
        assertThat(items(delivered(recovers))).isEqualTo(expected);
        assertThat(delivered(recovers).keySet()).hasSize(batches)
                .allSatisfy(id -> assertThat(id).matches("msg_" + run.runId() + "_recovers_\\d+"));
        assertThat(seen(recovers)).hasSize(batches + 2).allSatisfy(r -> assertThat(r).endsWith(" valid"));
        assertThat(attempts(run.runId(), "recovers")).isEqualTo(batches + 2);

        assertThat(seen(hangs)).hasSize(2).allSatisfy(r -> assertThat(r).startsWith("msg_" + run.runId() + "_hangs_0 "));
        assertThat(ledger.recorded(run.runId(), "hangs").get(0).attempts()).isEqualTo(2);

        DeliveryRecord rejected = ledger.recorded(run.runId(), "rejects").get(0);
        assertThat(rejected.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(rejected.attempts()).isEqualTo(1);
        assertThat(rejected.lastStatus()).isEqualTo(400);
        assertThat(rejected.lastError()).isEqualTo("HTTP 400");

        List<Received> throttled = throttles.received();
        assertThat(seen(throttles)).hasSize(2);
        assertThat(Duration.between(throttled.get(0).at(), throttled.get(1).at())).isGreaterThan(Duration.ofMillis(950));
        assertThat(items(delivered(throttles)).keySet()).isNotEmpty().containsExactlyElementsOf(all.stream()
                .filter(sku -> sku.supplierId().equals("NORDLAGER") || sku.supplierId().equals("PAPERLARK"))
                .filter(sku -> sku.sku().startsWith("LY-NL-00") || sku.sku().equals("16011"))
                .map(SkuResult::sku).toList());

        Map<String, JsonNode> sentOrders = new HashMap<>();
        for (Received order : orders.received()) {
            assertThat(order.signatureValid()).isTrue();
            JsonNode body = JSON.readTree(order.body());
            sentOrders.put(body.path("supplier_id").asString(), body);
        }
        for (String supplier : List.of("NORDLAGER", "PAPERLARK", "LUMEN")) {
            Path file = reportFolder(D).resolve(PurchaseOrderFiles.FOLDER).resolve(PurchaseOrderFileName.of(supplier));
            if (!Files.exists(file)) {
                assertThat(sentOrders).doesNotContainKey(supplier);
                continue;
            }
            List<List<String>> rows = ReportFiles.rows(file);
            JsonNode body = sentOrders.get(supplier);
            assertThat(body.path("lines").size()).isEqualTo(rows.size() - 2);
            assertThat(body.path("lines").get(0).path("sku").asString()).isEqualTo(rows.get(1).get(0));
            assertThat(body.path("total_qty").asString()).isEqualTo(rows.get(rows.size() - 1).get(2));
            assertThat(body.path("total_cost").decimalValue()).isEqualByComparingTo(rows.get(rows.size() - 1).get(5));
            assertThat(body.path("run_id").asLong()).isEqualTo(run.runId());
        }
        assertThat(sentOrders).isNotEmpty();

        long total = batches + 3 + sentOrders.size();
        assertThat(ledger.counts(run.runId())).isEqualTo(new DeliveryCounts(total - 1, 1, 0));
        JsonNode summary = ReportFiles.summary(reportFolder(D)).path("deliveries");
        assertThat(summary.path("delivered").asLong()).isEqualTo(total - 1);
        assertThat(summary.path("failed").asLong()).isEqualTo(1);
        assertThat(summary.path("failed_targets").path("rejects").path("last_error").asString()).isEqualTo("HTTP 400");

        rejects.thenAlways(Reply.ok());
        int recoversBefore = recovers.received().size();
        Deliveries.DeliveryReport resent = deliveries.deliver(job, D, JOBS, null).orElseThrow();

        assertThat(resent.total()).isEqualTo(new DeliveryCounts(total, 0, 0));
        assertThat(seen(rejects)).hasSize(2).allSatisfy(r -> assertThat(r).startsWith(rejected.webhookId() + " "));
        assertThat(rejects.received().get(1).signatureValid()).isTrue();
        assertThat(seen(recovers)).hasSize(recoversBefore);
        assertThat(ReportFiles.summary(reportFolder(D)).path("deliveries").path("failed").asLong()).isZero();

        assertThat(reconcile(SAMPLE, D, Map.of(), true).result()).isEqualTo(RunOutcome.Result.COMPLETED);
        long rerun = results.latestCompleted(job).orElseThrow().runId();
        assertThat(rerun).isNotEqualTo(run.runId());
        assertThat(seen(recovers)).hasSize(recoversBefore + batches);
        assertThat(recovers.received().subList(recoversBefore, recoversBefore + batches))
                .allSatisfy(r -> assertThat(r.id()).startsWith("msg_" + rerun + "_recovers_"));
    }

    @Test
    void aTargetThatIsDownOrHasNoSecretNeverFailsTheRunAndHoldsItUpNoLongerThanItsDeliveryTime() throws Exception {
        WebhookReceiver down = receiver().thenAlways(Reply.status(503));
        WebhookReceiver unsigned = receiver();
        distributor("down", down, "batch-size: 10\nretries: 2\ntimeout: 1s");
        Files.writeString(JOBS.resolve("distributors").resolve("unsigned.yml"), "url: " + unsigned.url()
                + "\nsecret-env: NO_SUCH_SECRET_VARIABLE\n");

        long started = System.nanoTime();
        RunOutcome outcome = reconcile(SAMPLE, D);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(outcome.result()).isEqualTo(RunOutcome.Result.COMPLETED);
        long runId = results.latestCompleted(job).orElseThrow().runId();
        // a down target is given up once a batch fails for good: only the batches already under way (8 in
        // flight) are tried; the rest wait for deliver
        assertThat(down.received().stream().map(Received::id).distinct().count()).isLessThanOrEqualTo(8);
        DeliveryCounts counts = ledger.counts(runId, "down");
        assertThat(counts.delivered()).isZero();
        assertThat(counts.failed()).isGreaterThan(10);
        assertThat(ledger.undeliveredTargets(runId)).extracting(DeliveryLedger.UndeliveredTarget::target)
                .containsExactly("down", "unsigned");
        assertThat(ledger.recorded(runId, "unsigned").get(0).lastError())
                .isEqualTo("not sent: environment variable NO_SUCH_SECRET_VARIABLE (webhook secret) is not set");
        assertThat(unsigned.received()).isEmpty();
        assertThat(took).isLessThan(Duration.ofSeconds(30));
    }

    /** What a receiver saw, short enough to read in a failure: "id answered valid|INVALID" per request. */
    static List<String> seen(WebhookReceiver receiver) {
        return receiver.received().stream()
                .map(r -> r.id() + " " + r.answered() + " " + (r.signatureValid() ? "valid" : "INVALID")).toList();
    }

    private WebhookReceiver receiver() throws IOException {
        WebhookReceiver receiver = WebhookReceiver.start(WebhookReceiver.secretOf(SECRET_TEXT));
        receivers.add(receiver);
        return receiver;
    }

    private static void distributor(String id, WebhookReceiver receiver, String more) throws IOException {
        Files.writeString(JOBS.resolve("distributors").resolve(id + ".yml"), "url: " + receiver.url()
                + "\nsecret-env: " + SECRET_ENV + "\nbackoff: 10ms\n" + more + "\n", StandardCharsets.UTF_8);
    }

    /** The body of each message the receiver answered with a 2xx, by webhook id. */
    private static Map<String, String> delivered(WebhookReceiver receiver) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (Received received : receiver.received()) {
            if (received.answered() / 100 == 2) {
                assertThat(bodies.put(received.id(), received.body())).isNull();
            }
        }
        return bodies;
    }

    /** sku -> "available/tier" over the bodies, in batch order. */
    private static Map<String, String> items(Map<String, String> bodies) {
        Map<String, String> items = new LinkedHashMap<>();
        bodies.entrySet().stream()
                .sorted(Comparator.comparingInt(entry -> Integer.parseInt(entry.getKey().replaceAll(".*_", ""))))
                .forEach(entry -> {
                    JsonNode body = JSON.readTree(entry.getValue());
                    for (JsonNode item : body.path("items")) {
                        String tier = item.path("tier").isNull() ? "null" : item.path("tier").asString();
                        assertThat(items.put(item.path("sku").asString(), item.path("available").asLong() + "/" + tier))
                                .isNull();
                    }
                });
        return items;
    }

    private int attempts(long runId, String target) {
        return ledger.recorded(runId, target).values().stream().mapToInt(DeliveryRecord::attempts).sum();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

}
