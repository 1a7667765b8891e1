package com.stockrecon.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.api.ApiServer.TestKey;
import com.stockrecon.api.keys.SupplierPublicKey;
import com.stockrecon.support.Fixtures;
import com.stockrecon.support.StockReconProcess;
import com.stockrecon.support.TestDatabases;

/** {@code run.sh serve} as a real process: beside a reconcile, SIGTERM drains, two servers share one rate limit. */
class ServeProcessTest {

    private static final Pattern PORT = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path work;

    @Test
    void sigtermLetsAPushInFlightFinishThenExitsZeroAndReconcileRunsBeside() throws Exception {
        StockReconProcess stockrecon = StockReconProcess.in(work.resolve("run")).onH2(work.resolve("db"));
        Path jobs = jobs(work, "in");
        try (StockReconProcess.Started serve = stockrecon.start("serve", "--jobs", jobs.toString(), "--port", "0")) {
            int port = port(serve.awaitOutput("serving the supplier API"));
            StockReconProcess.Result reconciled = stockrecon.run("reconcile", "--jobs", jobs.toString(), "--date",
                    "2026-11-25");
            assertThat(reconciled.exitCode()).as(reconciled.toString()).isZero();
            KeyPair pair = TestKey.ed25519();
            Path pem = Files.writeString(work.resolve("lumen.pub"), SupplierPublicKey.pem(pair.getPublic()));
            StockReconProcess.Result created = stockrecon.run("keys", "create", "--supplier", "LUMEN", "--public-key",
                    pem.toString());
            assertThat(created.exitCode()).as(created.toString()).isZero();
            TestKey key = new TestKey(last(created.stdout()), pair);
            assertThat(stockrecon.run("keys", "list").stdout()).contains(key.secret().substring(0, 12))
                    .doesNotContain(key.secret());

            byte[] body = ("{\"as_of\": \"2026-11-25T23:00:00Z\", \"items\": [{\"sku\": \"" + lumenSku(work)
                    + "\", \"quantity\": 77}]}").getBytes(StandardCharsets.UTF_8);
            String id = ApiServer.newId();
            String ts = Long.toString(Instant.now().getEpochSecond());
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(60_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/suppliers/LUMEN/stock HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                        + key.secret() + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\nwebhook-id: " + id + "\r\nwebhook-timestamp: " + ts + "\r\nwebhook-signature: v1a,"
                        + key.sign(id, ts, body) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, 10);
                out.flush();
                Thread.sleep(1_500);
                serve.terminate();
                serve.awaitOutput("stopping: requests in flight finish first");
                Thread.sleep(500);
                out.write(body, 10, body.length - 10);
                out.flush();
                String answer = SupplierApiContractTest.readAnswer(socket.getInputStream());
                assertThat(answer).startsWith("HTTP/1.1 200").contains("\"successful\":1");
            }
            StockReconProcess.Result stopped = serve.finish(Duration.ofSeconds(60));
            assertThat(stopped.exitCode()).as(stopped.toString()).isZero();
            assertThat(stopped.stdout()).contains("server stopped");
            assertThat(Files.readString(stockrecon.log())).contains("POST /api/v1/suppliers/LUMEN/stock 200")
                    .doesNotContain(key.secret());
            StockReconProcess.Result audit = stockrecon.run("audit", "--supplier", "LUMEN");
            assertThat(audit.stdout()).contains("\taccepted\t");
        }
    }

    @Test
    void twoServersOnOnePostgresDatabaseShareEachKeysRateLimit() throws Exception {
        String url = TestDatabases.postgresUrl();
        StockReconProcess first = StockReconProcess.in(work.resolve("a")).onDatabase(url);
        StockReconProcess second = StockReconProcess.in(work.resolve("b")).onDatabase(url);
        Path jobs = jobs(work, "in");
        StockReconProcess.Result created = first.run("keys", "create", "--reader", "--days", "1");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        String key = last(created.stdout());
        try (StockReconProcess.Started a = first.start("serve", "--jobs", jobs.toString(), "--port", "0",
                "--rate-limit", "10");
                StockReconProcess.Started b = second.start("serve", "--jobs", jobs.toString(), "--port", "0",
                        "--rate-limit", "10")) {
            List<Integer> ports = List.of(port(a.awaitOutput("serving the supplier API")),
                    port(b.awaitOutput("serving the supplier API")));
            HttpClient http = HttpClient.newHttpClient();
            List<Integer> statuses = new ArrayList<>();
            List<String> retryAfter = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + ports.get(i % 2) + "/api/v1/inventory")).header("Authorization", "Bearer " + key).build(),
                        HttpResponse.BodyHandlers.ofString());
                statuses.add(answer.statusCode());
                answer.headers().firstValue("Retry-After").ifPresent(retryAfter::add);
            }
            // no run completed: the ten that pass are answered 404 no_completed_run
            assertThat(statuses).containsExactly(404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 429, 429);
            assertThat(retryAfter).hasSize(2).allSatisfy(seconds -> assertThat(Integer.parseInt(seconds))
                    .isBetween(1, 60));
            a.terminate();
            b.terminate();
            assertThat(a.finish().exitCode()).isZero();
            assertThat(b.finish().exitCode()).isZero();
        }
    }

    private static Path jobs(Path work, String input) throws IOException {
        Path in = work.resolve(input);
        if (!Files.exists(in)) {
            Fixtures.copyTree(StockReconProcess.HOME.resolve("sample-data"), in);
        }
        Path jobs = work.resolve("jobs");
        Files.createDirectories(jobs);
        Files.writeString(jobs.resolve("reconciliation.yml"), "input: " + in + "\nreports: " + work.resolve("reports")
                + "\n");
        return jobs;
    }

    private static String lumenSku(Path work) throws IOException {
        return Files.readAllLines(work.resolve("in").resolve("catalog.csv")).stream()
                .filter(line -> line.contains(",LUMEN,")).findFirst().orElseThrow().split(",")[0];
    }

    private static int port(StockReconProcess.Started serve) {
        Matcher matcher = PORT.matcher(serve.stdout());
        assertThat(matcher.find()).as(serve.stdout()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static String last(String stdout) {
        List<String> lines = stdout.lines().toList();
        return lines.get(lines.size() - 1).strip();
    }

    static String read(InputStream in) throws IOException {
        return SupplierApiContractTest.readAnswer(in);
    }
}
