package com.stockrecon.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.fetch.HttpFeedFetcher.Fetched;
import com.stockrecon.fetch.definition.FetchDefinition;
import com.stockrecon.fetch.definition.FetchDefinition.Auth;

/** One supplier's fetch against a real HTTP server on loopback, case by case as the issue lists them. */
class HttpFeedFetcherTest {

    static final String FEED = "sku,quantity,as_of\nA-1,7,2026-11-24T06:00:00Z\n";
    static final String SECRET = "s3cr3t-token-value";

    @TempDir
    Path work;

    final HttpFeedFetcher fetcher = new HttpFeedFetcher(Map.of("ACME_TOKEN", SECRET, "WRONG_TOKEN", "nope")::get,
            Duration.ofMillis(20), Clock.fixed(Instant.parse("2026-11-24T06:15:00Z"), ZoneOffset.UTC));

    @Test
    void twoHundredThenThreeHundredFourWithTheEtag() throws IOException {
        try (LoopbackServer server = LoopbackServer.serving(exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            exchange.getResponseHeaders().add("Last-Modified", "Tue, 24 Nov 2026 06:00:00 GMT");
            LoopbackServer.send(exchange, 200, FEED);
        })) {
            Path folder = work.resolve("feeds/ACME");
            Fetched first = fetch(definition(server.uri("/stock.csv")), folder, null);

            assertThat(first.result().outcome()).as(first.result().describe()).isEqualTo(FetchOutcome.FETCHED);
            assertThat(first.result().fileName()).isEqualTo("feeds/ACME/stock_20261124_061500.csv");
            Path file = folder.resolve("stock_20261124_061500.csv");
            assertThat(Files.readString(file)).isEqualTo(FEED);
            assertThat(Files.readString(folder.resolve("stock_20261124_061500.csv.sha256")))
                    .isEqualTo(sha256(FEED) + "  stock_20261124_061500.csv\n");
            assertThat(first.validators().etag()).isEqualTo("\"v1\"");
            assertThat(server.requests.get(0).containsKey("If-None-Match")).isFalse();

            Fetched second = fetch(definition(server.uri("/stock.csv")), folder, first.validators());

            assertThat(second.result().outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
            assertThat(second.validators()).isNull();
            assertThat(server.requests.get(1).getFirst("If-None-Match")).isEqualTo("\"v1\"");
            assertThat(server.requests.get(1).getFirst("If-Modified-Since")).isEqualTo("Tue, 24 Nov 2026 06:00:00 GMT");
            assertThat(filesIn(folder)).containsExactly("stock_20261124_061500.csv", "stock_20261124_061500.csv.sha256");
        }
    }

    @Test
    void fourHundredOneOnABadSecretIsFinalAtOnce() throws IOException {
        try (LoopbackServer server = LoopbackServer.serving(exchange -> {
            boolean good = ("Bearer " + SECRET).equals(exchange.getRequestHeaders().getFirst("Authorization"));
            LoopbackServer.send(exchange, good ? 200 : 401, good ? FEED : "");
        })) {
            Path folder = work.resolve("feeds/ACME");
            FetchDefinition wrong = new FetchDefinition(server.uri("/stock.csv"), Auth.BEARER, null, "WRONG_TOKEN",
                    Duration.ofSeconds(5), 3, 1 << 20, "stock_{date}_{time}.csv", List.of());

            FetchResult result = fetch(wrong, folder, null).result();

            assertThat(result.outcome()).isEqualTo(FetchOutcome.FAILED);
            assertThat(result.detail()).isEqualTo("HTTP 401 Unauthorized from " + server.uri("").getAuthority()
                    + " (check the secret in WRONG_TOKEN)");
            assertThat(result.tries()).isEqualTo(1);
            assertThat(server.requests).hasSize(1);
            assertThat(filesIn(folder)).isEmpty();
            assertThat(fetch(definition(server.uri("/stock.csv")), folder, null).result().outcome())
                    .isEqualTo(FetchOutcome.FETCHED);
        }
    }

    @Test
    void fiveHundredThreeTwiceThenTwoHundred() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        try (LoopbackServer server = LoopbackServer.serving(exchange -> {
            if (calls.incrementAndGet() <= 2) {
                LoopbackServer.send(exchange, 503, "busy");
            } else {
                LoopbackServer.send(exchange, 200, FEED);
            }
        })) {
            FetchResult result = fetch(definition(server.uri("/stock.csv")), work.resolve("feeds/ACME"), null).result();

            assertThat(result.outcome()).as(result.describe()).isEqualTo(FetchOutcome.FETCHED);
            assertThat(result.tries()).isEqualTo(3);
        }
    }

    @Test
    void fiveHundredThreeUntilTheRetriesAreSpent() throws IOException {
        try (LoopbackServer server = LoopbackServer.serving(exchange -> LoopbackServer.send(exchange, 503, ""))) {
            FetchResult result = fetch(definition(server.uri("/stock.csv")), work.resolve("feeds/ACME"), null).result();

            assertThat(result.outcome()).isEqualTo(FetchOutcome.FAILED);
            assertThat(result.tries()).isEqualTo(4);
            assertThat(result.describe()).isEqualTo("failed after 4 tries: HTTP 503 Service Unavailable from "
                    + server.uri("").getAuthority());
        }
    }

    @Test
    void aServerThatHangsTimesOut() throws IOException {
        CountDownLatch release = new CountDownLatch(1);
        try (LoopbackServer server = LoopbackServer.serving(exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })) {
            FetchDefinition definition = new FetchDefinition(server.uri("/stock.csv"), Auth.NONE, null, null,
                    Duration.ofMillis(300), 1, 1 << 20, "stock_{date}_{time}.csv", List.of());
            long started = System.nanoTime();

            FetchResult result = fetch(definition, work.resolve("feeds/ACME"), null).result();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("not the 30 s the server would hang")
                    .isLessThan(Duration.ofSeconds(10));
            assertThat(result.outcome()).isEqualTo(FetchOutcome.FAILED);
            assertThat(result.tries()).isEqualTo(2);
            assertThat(result.detail()).contains("(timeout)");
            release.countDown();
        }
    }

    @Test
    void aBodyThatStopsHalfWayTimesOut() throws IOException {
        CountDownLatch release = new CountDownLatch(1);
        try (LoopbackServer server = LoopbackServer.serving(exchange -> {
            exchange.sendResponseHeaders(200, 10_000);
            exchange.getResponseBody().write("sku,quantity,as_of\n".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })) {
            FetchDefinition definition = new FetchDefinition(server.uri("/stock.csv"), Auth.NONE, null, null,
                    Duration.ofMillis(300), 0, 1 << 20, "stock_{date}_{time}.csv", List.of());

            FetchResult result = fetch(definition, work.resolve("feeds/ACME"), null).result();

            assertThat(result.outcome()).isEqualTo(FetchOutcome.FAILED);
            assertThat(result.detail()).contains("(timeout)");
            assertThat(filesIn(work.resolve("feeds/ACME"))).isEmpty();
            release.countDown();
        }
    }

    @Test
    void aOneGigabyteBodyIsCutAtTheLimit() throws IOException {
        long gigabyte = 1L << 30;
        AtomicLong served = new AtomicLong();
        try (LoopbackServer server = LoopbackServer.serving(exchange -> {
            exchange.sendResponseHeaders(200, gigabyte);
            byte[] chunk = "A-1,7,2026-11-24T06:00:00Z\n".repeat(2400).getBytes(StandardCharsets.UTF_8);
            OutputStream out = exchange.getResponseBody();
            try {
                while (served.get() < gigabyte) {
                    int n = (int) Math.min(chunk.length, gigabyte - served.get());
                    out.write(chunk, 0, n);
                    served.addAndGet(n);
                }
            } catch (IOException dropped) {
                // the client hung up at its limit
            }
        })) {
            FetchDefinition definition = new FetchDefinition(server.uri("/stock.csv"), Auth.NONE, null, null,
                    Duration.ofSeconds(5), 3, 1 << 20, "stock_{date}_{time}.csv", List.of());
            long started = System.nanoTime();

            FetchResult result = fetch(definition, work.resolve("feeds/ACME"), null).result();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("not the time a whole gigabyte takes")
                    .isLessThan(Duration.ofSeconds(15));
            assertThat(result.outcome()).isEqualTo(FetchOutcome.FAILED);
            assertThat(result.tries()).as("a body over the limit is not asked for again").isEqualTo(1);
            assertThat(result.detail()).isEqualTo("the body is larger than max-bytes (1048576 bytes); stopped at the limit");
            assertThat(served.get()).as("bytes the server got out before the client hung up").isLessThan(64L << 20);
            assertThat(filesIn(work.resolve("feeds/ACME"))).isEmpty();
        }
    }

    @Test
    void aBodyThatIsNotTextIsNotPutInPlace() throws IOException {
        try (LoopbackServer server = LoopbackServer.serving(exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/zip");
            byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00};
            exchange.sendResponseHeaders(200, zip.length);
            exchange.getResponseBody().write(zip);
        })) {
            FetchResult result = fetch(definition(server.uri("/stock.csv")), work.resolve("feeds/ACME"), null).result();

            assertThat(result.outcome()).isEqualTo(FetchOutcome.FAILED);
            assertThat(result.detail()).startsWith("the body is not text").endsWith("(Content-Type application/zip)");
            assertThat(filesIn(work.resolve("feeds/ACME"))).isEmpty();
        }
    }

    @Test
    void aRedirectToAnotherHostIsRefusedUnlessTheDefinitionAllowsIt() throws IOException {
        try (LoopbackServer other = LoopbackServer.serving(exchange -> LoopbackServer.send(exchange, 200, FEED));
                LoopbackServer server = LoopbackServer.serving(exchange -> {
                    exchange.getResponseHeaders().add("Location", other.viaLocalhost("/elsewhere.csv").toString());
                    exchange.sendResponseHeaders(302, -1);
                })) {
            FetchDefinition refused = definition(server.uri("/stock.csv"));

            FetchResult result = fetch(refused, work.resolve("feeds/ACME"), null).result();

            assertThat(result.outcome()).isEqualTo(FetchOutcome.FAILED);
            assertThat(result.detail()).isEqualTo("redirect from " + server.uri("").getAuthority()
                    + " to another host, localhost, refused (fetch.redirect-hosts allows it)");
            assertThat(other.requests).isEmpty();

            FetchDefinition allowed = new FetchDefinition(refused.url(), Auth.BEARER, null, "ACME_TOKEN",
                    Duration.ofSeconds(5), 0, 1 << 20, refused.fileName(), List.of("localhost"));
            FetchResult followed = fetch(allowed, work.resolve("feeds/ACME"), null).result();

            assertThat(followed.outcome()).as(followed.describe()).isEqualTo(FetchOutcome.FETCHED);
            assertThat(server.requests.get(1).getFirst("Authorization")).isEqualTo("Bearer " + SECRET);
            assertThat(other.requests.get(0).containsKey("Authorization"))
                    .as("credentials are not handed to the other host").isFalse();
        }
    }

    @Test
    void anUnreachableHostFailsAtOnce() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        FetchResult result = fetch(definition(URI.create("http://127.0.0.1:" + closedPort + "/stock.csv")),
                work.resolve("feeds/ACME"), null).result();

        assertThat(result.outcome()).isEqualTo(FetchOutcome.FAILED);
        assertThat(result.detail()).startsWith("cannot reach 127.0.0.1:" + closedPort);
        assertThat(result.tries()).isEqualTo(1);
    }

    @Test
    void aMissingSecretVariableSendsNothing() throws IOException {
        try (LoopbackServer server = LoopbackServer.serving(exchange -> LoopbackServer.send(exchange, 200, FEED))) {
            FetchDefinition definition = new FetchDefinition(server.uri("/stock.csv"), Auth.BASIC, "stockrecon",
                    "UNSET_VARIABLE", Duration.ofSeconds(5), 3, 1 << 20, "stock_{date}_{time}.csv", List.of());

            FetchResult result = fetch(definition, work.resolve("feeds/ACME"), null).result();

            assertThat(result.detail()).isEqualTo("the environment variable UNSET_VARIABLE (secret-env) is not set");
            assertThat(server.requests).isEmpty();
        }
    }

    private Fetched fetch(FetchDefinition definition, Path folder, Validators previous) {
        return fetcher.fetch("ACME", definition, StandardCharsets.UTF_8, false, folder, previous);
    }

    private static FetchDefinition definition(URI url) {
        return new FetchDefinition(url, Auth.BEARER, null, "ACME_TOKEN", Duration.ofSeconds(5), 3, 1 << 20,
                "stock_{date}_{time}.csv", List.of());
    }

    private static List<String> filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
