package com.stockrecon.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.stockrecon.api.ApiServer.TestKey;
import com.stockrecon.cli.StockReconCommand;
import com.stockrecon.results.CompletedRun;
import com.stockrecon.runs.RunOutcome;
import com.stockrecon.support.TestDatabases;

/**
 * 20 suppliers push at once for 30 s (and retry some pushes): every item answered as accepted is in
 * exactly one landed feed file, the one its answer names; every landed file parses and matches its
 * sidecar; nothing is left aside.
 */
class ConcurrentPushesOnPostgresTest {

    static final LocalDate D = LocalDate.of(2026, 11, 25);
    static final int SUPPLIERS = 20;
    static final long SECONDS = 30;

    @TempDir
    Path work;

    @Test
    void twentySuppliersPushingAtOnceLandEveryAcceptedItemOnce() throws Exception {
        Path generated = work.resolve("generated");
        assertThat(StockReconCommand.execute("generate", "--skus", "3000", "--suppliers", Integer.toString(SUPPLIERS + 3),
                "--date", D.toString(), "--out", generated.toString())).isZero();
        try (ApiServer server = ApiServer.start(TestDatabases.postgresUrl(), work.resolve("server"), generated,
                1_000_000)) {
            assertThat(server.reconcile(D).result()).isEqualTo(RunOutcome.Result.COMPLETED);
            CompletedRun run = server.results().latestCompleted(ApiServer.JOB).orElseThrow();
            Map<String, List<String>> skus = new HashMap<>();
            server.results().forEach(run.runId(), result -> skus.computeIfAbsent(result.supplierId(),
                    supplier -> new ArrayList<>()).add(result.sku()));
            List<String> suppliers = skus.keySet().stream().sorted().limit(SUPPLIERS).toList();
            assertThat(suppliers).hasSize(SUPPLIERS);

            Map<String, Map<String, Long>> acceptedByFile = new ConcurrentHashMap<>();
            AtomicInteger pushes = new AtomicInteger();
            AtomicInteger retries = new AtomicInteger();
            long end = System.nanoTime() + SECONDS * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(SUPPLIERS);
            List<Future<?>> workers = new ArrayList<>();
            for (String supplier : suppliers) {
                TestKey key = server.supplierKey(supplier);
                List<String> own = skus.get(supplier);
                workers.add(pool.submit(() -> {
                    Random random = new Random(supplier.hashCode());
                    while (System.nanoTime() < end) {
                        StringBuilder body = new StringBuilder("{\"as_of\": \"2026-11-25T21:00:00Z\", \"items\": [");
                        int n = 1 + random.nextInt(60);
                        for (int i = 0; i < n; i++) {
                            String sku = random.nextInt(20) == 0 ? "UNKNOWN-" + i : own.get(random.nextInt(own.size()));
                            body.append(i == 0 ? "" : ",").append(SupplierApiContractTest.item(sku,
                                    random.nextInt(1000)));
                        }
                        String text = body.append("]}").toString();
                        String id = ApiServer.newId();
                        long ts = System.currentTimeMillis() / 1000;
                        HttpResponse<String> answer = server.push(key, supplier, text, id, ts);
                        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                        if (random.nextInt(5) == 0) {
                            HttpResponse<String> retry = server.push(key, supplier, text, id, ts);
                            assertThat(retry.body()).isEqualTo(answer.body());
                            retries.incrementAndGet();
                        }
                        pushes.incrementAndGet();
                        record(answer, text, acceptedByFile);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            pool.shutdown();

            Map<String, Map<String, Long>> landed = new HashMap<>();
            Set<Path> leftAside = new HashSet<>();
            for (String supplier : suppliers) {
                try (Stream<Path> files = Files.list(server.feeds(supplier))) {
                    for (Path file : files.toList()) {
                        String name = file.getFileName().toString();
                        if (name.startsWith(".")) {
                            leftAside.add(file);
                        } else if (name.startsWith("api-") && name.endsWith(".csv")) {
                            assertThat(Files.readString(file.resolveSibling(name + ".sha256")))
                                    .isEqualTo(SupplierApiContractTest.sha256(file) + "  " + name + "\n");
                            landed.put(supplier + "/" + name, parse(file));
                        }
                    }
                }
            }
            assertThat(leftAside).isEmpty();
            assertThat(pushes.get()).isGreaterThan(SUPPLIERS);
            assertThat(landed.keySet()).isEqualTo(acceptedByFile.keySet());
            for (Map.Entry<String, Map<String, Long>> file : landed.entrySet()) {
                assertThat(file.getValue()).as(file.getKey()).isEqualTo(acceptedByFile.get(file.getKey()));
            }
            System.out.printf("%d pushes (%d retried) by %d suppliers in %d s, %d files%n", pushes.get(),
                    retries.get(), SUPPLIERS, SECONDS, landed.size());
        }
    }

    /** What the answer says was accepted, with the quantities the body sent (the last of a repeated sku). */
    private static void record(HttpResponse<String> answer, String body, Map<String, Map<String, Long>> byFile) {
        JsonNode json = SupplierApiContractTest.json(answer);
        JsonNode items = SupplierApiContractTest.JSON.readTree(body).get("items");
        Map<String, Long> accepted = new HashMap<>();
        JsonNode results = json.get("results");
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).get("success").asBoolean()) {
                accepted.put(items.get(i).get("sku").asString(), items.get(i).get("quantity").asLong());
            }
        }
        if (accepted.isEmpty()) {
            assertThat(json.get("feed_file").isNull()).isTrue();
            return;
        }
        String file = json.get("feed_file").asString();
        assertThat(byFile.putIfAbsent(file, accepted)).as("two pushes answered with " + file).isNull();
    }

    private static Map<String, Long> parse(Path file) throws IOException {
        Map<String, Long> rows = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            assertThat(csv.getHeaderNames()).containsExactly("sku", "quantity", "as_of");
            for (CSVRecord row : csv) {
                assertThat(row.get("as_of")).isEqualTo("2026-11-25T21:00:00Z");
                assertThat(rows.put(row.get("sku"), Long.parseLong(row.get("quantity")))).isNull();
            }
        }
        return rows;
    }
}
