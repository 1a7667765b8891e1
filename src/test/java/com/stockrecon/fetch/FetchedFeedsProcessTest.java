package com.stockrecon.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.support.Fixtures;
import com.stockrecon.support.ReportFiles;
import com.stockrecon.support.StockReconProcess;
import com.stockrecon.support.StockReconProcess.Result;

import tools.jackson.databind.JsonNode;

/**
 * reconcile as an operator runs it, with three suppliers that publish at a URL: GOOD's body becomes
 * its feed, DOWN answers 503 (its old file is judged STALE_FEED), GONE refuses the secret (no file:
 * MISSING_FEED). The first attempt fails after fetching (its reports folder cannot be made); run
 * again, it does not fetch GOOD a second time. Neither secret appears in the log, the output or the
 * reports.
 */
class FetchedFeedsProcessTest {

    static final String D = "2026-11-24";
    static final String GOOD_SECRET = "good-bearer-4f9c2a7e1b";
    static final String WRONG_SECRET = "wrong-bearer-8d3e5b0c6a";

    @TempDir
    Path work;

    @Test
    void fetchedFeedsAreReadAndFailedFetchesAreJudgedAsTheFeedsAre() throws IOException {
        AtomicInteger good = new AtomicInteger();
        AtomicInteger down = new AtomicInteger();
        AtomicInteger gone = new AtomicInteger();
        try (LoopbackServer server = LoopbackServer.serving(exchange -> {
            String path = exchange.getRequestURI().getPath();
            boolean authorized = ("Bearer " + GOOD_SECRET).equals(exchange.getRequestHeaders().getFirst("Authorization"));
            switch (path) {
                case "/good.csv" -> {
                    good.incrementAndGet();
                    if ("\"g1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                        exchange.sendResponseHeaders(304, -1);
                    } else {
                        exchange.getResponseHeaders().add("ETag", "\"g1\"");
                        LoopbackServer.send(exchange, authorized ? 200 : 401,
                                authorized ? "sku,quantity,as_of\nF-GOOD1,7,2026-11-24T06:00:00Z\n" : "");
                    }
                }
                case "/down.csv" -> {
                    down.incrementAndGet();
                    LoopbackServer.send(exchange, 503, "");
                }
                default -> {
                    gone.incrementAndGet();
                    LoopbackServer.send(exchange, authorized ? 200 : 401, "");
                }
            }
        })) {
            Path input = Fixtures.copy("fetched-feeds", work.resolve("input"));
            Path jobs = Files.createDirectories(work.resolve("jobs/suppliers")).getParent();
            Files.writeString(jobs.resolve("reconciliation.yml"), "input: " + input + "\nreports: "
                    + work.resolve("reports") + "\n");
            supplier(jobs, "GOOD", server.uri("/good.csv") + "", "GOOD_TOKEN", "");
            supplier(jobs, "DOWN", server.uri("/down.csv") + "", "GOOD_TOKEN", "  retries: 1\n");
            supplier(jobs, "GONE", server.uri("/gone.csv") + "", "GONE_TOKEN", "");
            StockReconProcess process = StockReconProcess.in(work.resolve("cwd")).onH2(work.resolve("db"))
                    .env("GOOD_TOKEN", GOOD_SECRET).env("GONE_TOKEN", WRONG_SECRET)
                    .env("STOCKRECON_FETCH_BACKOFF", "20ms");
            Path blocked = Files.writeString(work.resolve("not-a-folder"), "");
            String[] reconcile = {"reconcile", "--jobs", jobs.toString(), "--date", D, "--reports",
                    blocked.resolve("reports").toString()};

            Result failed = process.run(reconcile);

            assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
            assertThat(List.of(good.get(), down.get(), gone.get())).containsExactly(1, 2, 1);
            Path goodFolder = input.resolve("feeds/GOOD");
            List<String> fetched = names(goodFolder);
            assertThat(fetched).hasSize(2).allMatch(name -> name.matches("good_\\d{8}_\\d{6}\\.csv(\\.sha256)?"));

            Files.delete(blocked);
            Files.createDirectories(blocked);
            Result completed = process.run(reconcile);

            assertThat(completed.exitCode()).as(completed.toString()).isEqualTo(0);
            assertThat(good.get()).as("GOOD was fetched by the failed attempt: not again").isEqualTo(1);
            assertThat(List.of(down.get(), gone.get())).as("failed fetches are tried again").containsExactly(4, 2);
            assertThat(names(goodFolder)).isEqualTo(fetched);

            Path reports = blocked.resolve("reports").resolve(D);
            assertThat(ReportFiles.records(reports.resolve("available_stock.csv")))
                    .extracting(row -> row.get("sku") + ":" + row.get("supplier_stock"))
                    .containsExactly("F-DOWN1:0", "F-GONE1:0", "F-GOOD1:7");
            assertThat(ReportFiles.records(reports.resolve("discrepancies.csv")))
                    .extracting(row -> row.get("type") + " " + row.get("supplier_id") + " " + row.get("source"))
                    .containsExactly("MISSING_FEED GONE feeds/GONE", "STALE_FEED DOWN feeds/DOWN/stock_20261120.csv");
            JsonNode summary = ReportFiles.summary(reports);
            assertThat(summary.path("feeds").toString()).isEqualTo("{\"usable\":1,\"stale\":1,\"invalid\":0,\"missing\":1}");
            JsonNode fetch = summary.path("fetch");
            assertThat(fetch.path("GOOD").path("outcome").asString()).isEqualTo("FETCHED");
            assertThat(fetch.path("GOOD").path("file").asString()).isEqualTo("feeds/GOOD/" + fetched.get(0));
            assertThat(fetch.path("DOWN").path("outcome").asString()).isEqualTo("FAILED");
            assertThat(fetch.path("DOWN").path("detail").asString()).isEqualTo("HTTP 503 Service Unavailable from "
                    + server.uri("").getAuthority());
            assertThat(fetch.path("DOWN").path("tries").asInt()).isEqualTo(2);
            assertThat(fetch.path("GONE").path("detail").asString()).isEqualTo("HTTP 401 Unauthorized from "
                    + server.uri("").getAuthority() + " (check the secret in GONE_TOKEN)");

            List<String> logLines = logLines(process.log().getParent()).stream()
                    .filter(line -> line.contains("fetch DOWN:")).toList();
            assertThat(logLines).as("one line per attempt of the run").hasSize(2)
                    .allMatch(line -> line.contains(" WARN ") && line.endsWith("failed after 2 tries: HTTP 503 Service"
                            + " Unavailable from " + server.uri("").getAuthority()));

            Result status = process.run("status", "--jobs", jobs.toString(), "--date", D);
            assertThat(status.stdout()).contains("  fetch      DOWN failed after 2 tries: HTTP 503",
                    "  fetch      GONE failed after 1 try: HTTP 401 Unauthorized",
                    "  fetch      GOOD fetched ");

            Result alone = process.run("fetch", "--jobs", jobs.toString(), "--date", D, "--supplier", "GOOD");
            assertThat(alone.exitCode()).as(alone.toString()).isEqualTo(0);
            assertThat(alone.stdout()).startsWith("GOOD: not modified since the last fetch (HTTP 304; the newest file "
                    + fetched.get(0) + " stays the feed)");
            assertThat(names(goodFolder)).isEqualTo(fetched);

            List<Path> written = new ArrayList<>(files(process.workDir()));
            written.addAll(files(blocked));
            assertThat(written).anyMatch(file -> file.equals(process.log()));
            for (Path file : written) {
                String text = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(text).as(file.toString()).doesNotContain(GOOD_SECRET).doesNotContain(WRONG_SECRET);
            }
        }
    }

    private static void supplier(Path jobs, String id, String url, String secretEnv, String more) throws IOException {
        Files.writeString(jobs.resolve("suppliers").resolve(id + ".yml"), "files: \"*.csv\"\nfetch:\n  url: " + url
                + "\n  auth: bearer\n  secret-env: " + secretEnv + "\n  timeout: 5s\n  file-name: "
                + id.toLowerCase(java.util.Locale.ROOT) + "_{date}_{time}.csv\n" + more);
    }

    /** Every line of the log, the rolled-over files too (a run across midnight starts a new file). */
    private static List<String> logLines(Path logs) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : files(logs)) {
            lines.addAll(Files.readAllLines(file));
        }
        return lines;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
