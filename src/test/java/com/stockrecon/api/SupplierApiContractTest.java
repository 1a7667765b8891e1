package com.stockrecon.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.stockrecon.api.ApiServer.TestKey;
import com.stockrecon.api.audit.AuditEntry;
import com.stockrecon.api.audit.AuditLog;
import com.stockrecon.results.CompletedRun;
import com.stockrecon.results.SkuResult;
import com.stockrecon.runs.RunOutcome;

/**
 * Every row of the supplier API contract's tables, over HTTP on loopback against the real server on
 * a real database, with the sample data reconciled: a completed run whose catalog the pushes are
 * checked against and whose results the inventory reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SupplierApiContractTest {

    static final LocalDate D = LocalDate.of(2026, 11, 25);
    static final String AS_OF = "2026-11-25T22:00:00Z";
    static final int RATE_LIMIT = 40;
    static final JsonMapper JSON = JsonMapper.builder().build();

    Path work;

    ApiServer server;
    CompletedRun run;

    abstract String vendor();

    @BeforeAll
    void start() throws IOException {
        work = Files.createTempDirectory("supplier-api-");
        server = ApiServer.start(ApiServer.database(vendor()), work, Path.of("sample-data").toAbsolutePath(),
                RATE_LIMIT);
        assertThat(server.reconcile(D).result()).isEqualTo(RunOutcome.Result.COMPLETED);
        run = server.results().latestCompleted(ApiServer.JOB).orElseThrow();
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
        org.springframework.util.FileSystemUtils.deleteRecursively(work);
    }

    // §2 every request

    @Test
    void noBearerKeyIs401MissingApiKey() {
        assertError(server.get("/api/v1/inventory", null), 401, "missing_api_key");
        assertError(server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/inventory"))
                .header("Authorization", "Basic dXNlcjpwYXNz").build()), 401, "missing_api_key");
        HttpResponse<String> pushed = server.send(server.pushRequest(null, "LUMEN", body(item(sku("LUMEN", 0), 1)).getBytes(StandardCharsets.UTF_8),
                "x", "1", "v1a,AAAA"));
        assertError(pushed, 401, "missing_api_key");
        assertThat(pushed.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void anUnknownKeyIs401InvalidApiKey() {
        assertError(server.get("/api/v1/inventory", "scm_" + "0".repeat(48)), 401, "invalid_api_key");
        assertError(server.get("/api/v1/inventory", "not-a-key"), 401, "invalid_api_key");
        String reader = server.readerKey().secret();
        String oneCharacterOff = reader.substring(0, 51) + (reader.charAt(51) == 'a' ? 'b' : 'a');
        assertError(server.get("/api/v1/inventory", oneCharacterOff), 401, "invalid_api_key");
    }

    @Test
    void anExpiredOrRevokedKeyIs401() {
        String expired = server.keys().create(null, null, 1, Instant.now().minusSeconds(2 * 86_400)).secret();
        assertError(server.get("/api/v1/inventory", expired), 401, "expired_api_key");
        TestKey revoked = server.supplierKey("LUMEN");
        assertThat(server.get("/api/v1/inventory", revoked.secret()).statusCode()).isEqualTo(200);
        server.keys().revoke(revoked.secret().substring(0, 12), Instant.now());
        assertError(server.get("/api/v1/inventory", revoked.secret()), 401, "revoked_api_key");
        assertError(server.push(revoked, "LUMEN", body(item(sku("LUMEN", 0), 1))), 401, "revoked_api_key");
    }

    @Test
    void anotherSuppliersPathOrAReaderPushIs403() {
        TestKey lumen = server.supplierKey("LUMEN");
        assertError(server.push(lumen, "BAKEWELL", body(item(sku("BAKEWELL", 0), 1))), 403, "forbidden");
        assertError(server.get("/api/v1/inventory?supplier_id=BAKEWELL", lumen.secret()), 403, "forbidden");
        TestKey reader = server.readerKey();
        HttpResponse<String> readerPush = server.send(server.pushRequest(reader.secret(), "LUMEN",
                body(item(sku("LUMEN", 0), 1)).getBytes(StandardCharsets.UTF_8), "id-r", now(), "v1a,AAAA"));
        assertError(readerPush, 403, "forbidden");
        assertThat(Files.exists(server.feeds("BAKEWELL").resolve("x"))).isFalse();
    }

    @Test
    void moreThanTheRateLimitInSixtySecondsIs429WithRetryAfter() {
        TestKey key = server.supplierKey("LUMEN");
        for (int i = 0; i < RATE_LIMIT; i++) {
            assertThat(server.get("/api/v1/inventory?limit=1", key.secret()).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = server.get("/api/v1/inventory?limit=1", key.secret());
        assertError(limited, 429, "rate_limited");
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        assertError(server.push(key, "LUMEN", body(item(sku("LUMEN", 0), 1))), 429, "rate_limited");
        // another key has its own budget
        assertThat(server.get("/api/v1/inventory?limit=1", server.readerKey().secret()).statusCode()).isEqualTo(200);
    }

    @Test
    void aDeclaredBodyOver10MiBIs413BeforeAnyOfItIsRead() throws Exception {
        TestKey key = server.supplierKey("LUMEN");
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/suppliers/LUMEN/stock HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + key.secret() + "\r\nContent-Type: application/json\r\nContent-Length: " + 20 * 1024 * 1024
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readAnswer(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains("\"error\":\"too_large\"");
        }
    }

    @Test
    void aStreamed20MBBodyIs413AndIsNotReadToItsEnd() throws Exception {
        TestKey key = server.supplierKey("LUMEN");
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return readAnswer(socket.getInputStream());
                } catch (IOException e) {
                    return "failed: " + e;
                }
            });
            out.write(("POST /api/v1/suppliers/LUMEN/stock HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + key.secret() + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            long sent = 0;
            try {
                while (sent < 20L * 1024 * 1024 && !answer.isDone()) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    sent += chunk.length;
                }
            } catch (IOException closedByServer) {
                // the server stopped reading and closed: what it answered is what counts
            }
            assertThat(answer.get(30, TimeUnit.SECONDS)).startsWith("HTTP/1.1 413").contains("\"error\":\"too_large\"");
        }
    }

    @Test
    void moreThan50000ItemsIs413AndExactly50000AreProcessed() {
        TestKey key = server.supplierKey("LUMEN");
        assertError(server.push(key, "LUMEN", items(50_001)), 413, "too_large");
        HttpResponse<String> full = server.push(key, "LUMEN", items(50_000));
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(json(full).get("processed").asInt()).isEqualTo(50_000);
        assertThat(json(full).get("feed_file").isNull()).isTrue();
    }

    @Test
    void malformedJsonAndWrongTypesAre400SayingWhat() throws IOException {
        TestKey key = server.supplierKey("LUMEN");
        String sku = sku("LUMEN", 0);
        List<Path> before = landed("LUMEN");
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("{\"as_of\": \"" + AS_OF + "\", \"items\": [", "malformed JSON");
        cases.put("not json", "malformed JSON");
        cases.put("[]", "must be a JSON object");
        cases.put("{\"as_of\": 5, \"items\": []}", "as_of must be a string");
        cases.put("{\"as_of\": \"yesterday\", \"items\": []}", "as_of must be an ISO-8601");
        cases.put("{\"as_of\": \"2026-11-25T05:00:00\", \"items\": []}", "as_of must be an ISO-8601");
        cases.put("{\"as_of\": \"" + AS_OF + "\", \"items\": {}}", "items must be an array");
        cases.put("{\"as_of\": \"" + AS_OF + "\"}", "items is required");
        cases.put("{\"items\": []}", "as_of is required");
        cases.put("{\"as_of\": \"" + AS_OF + "\", \"items\": [5]}", "items[0] must be an object");
        cases.put("{\"as_of\": \"" + AS_OF + "\", \"items\": [{\"sku\": 7, \"quantity\": 1}]}", "items[0].sku must be a string");
        cases.put("{\"as_of\": \"" + AS_OF + "\", \"items\": [{\"sku\": \"" + sku + "\", \"quantity\": \"12\"}]}",
                "items[0].quantity must be a number");
        cases.put("{\"as_of\": \"" + AS_OF + "\", \"as_of\": \"" + AS_OF + "\", \"items\": []}", "malformed JSON");
        cases.put("{\"as_of\": \"" + AS_OF + "\", \"items\": []} {}", "nothing may follow");
        cases.put("{\"as_of\": \"2999-01-01T00:00:00Z\", \"items\": []}", "in the future");
        cases.put("{\"as_of\": \"" + AS_OF + "\", \"items\": [{\"sku\": \"a\", \"quantity\": 1" + "0".repeat(2000)
                + "}]}", "malformed JSON");
        for (Map.Entry<String, String> bad : cases.entrySet()) {
            HttpResponse<String> answer = server.push(key, "LUMEN", bad.getKey());
            assertError(answer, 400, "bad_request");
            assertThat(json(answer).get("message").asString()).as(bad.getKey()).contains(bad.getValue());
        }
        assertThat(landed("LUMEN")).isEqualTo(before);
    }

    // §3 pushing stock

    @Test
    void aMissingOrWrongSignatureIs401InvalidSignature() {
        TestKey key = server.supplierKey("LUMEN");
        byte[] body = body(item(sku("LUMEN", 0), 1)).getBytes(StandardCharsets.UTF_8);
        String id = ApiServer.newId();
        String ts = now();
        assertError(server.send(server.pushRequest(key.secret(), "LUMEN", body, id, ts, null)), 401,
                "invalid_signature");
        assertError(server.send(server.pushRequest(key.secret(), "LUMEN", body, null, ts, "v1a," + key.sign(id, ts,
                body))), 401, "invalid_signature");
        TestKey other = server.supplierKey("LUMEN");
        assertError(server.send(server.pushRequest(key.secret(), "LUMEN", body, id, ts, "v1a," + other.sign(id, ts,
                body))), 401, "invalid_signature");
        byte[] tampered = body(item(sku("LUMEN", 0), 2)).getBytes(StandardCharsets.UTF_8);
        assertError(server.send(server.pushRequest(key.secret(), "LUMEN", tampered, id, ts, "v1a," + key.sign(id, ts,
                body))), 401, "invalid_signature");
        assertError(server.send(server.pushRequest(key.secret(), "LUMEN", body, id, ts, "v1," + key.sign(id, ts,
                body))), 401, "invalid_signature");
        assertError(server.send(server.pushRequest(key.secret(), "LUMEN", body, id, ts, "v1a,not base64!")), 401,
                "invalid_signature");
        // several signatures: one that verifies is enough (key rotation on the supplier's side)
        HttpResponse<String> rotated = server.send(server.pushRequest(key.secret(), "LUMEN", body, id, ts,
                "v1a," + other.sign(id, ts, body) + " v1a," + key.sign(id, ts, body)));
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        assertError(server.send(server.pushRequest(key.secret(), "LUMEN", body, "x".repeat(65), ts, "v1a,"
                + key.sign("x".repeat(65), ts, body))), 400, "bad_request");
    }

    @Test
    void aTimestampMoreThan300SecondsFromTheServersClockIs401StaleTimestamp() {
        TestKey key = server.supplierKey("LUMEN");
        String body = body(item(sku("LUMEN", 0), 1));
        long now = Instant.now().getEpochSecond();
        assertError(server.push(key, "LUMEN", body, ApiServer.newId(), now - 310), 401, "stale_timestamp");
        assertError(server.push(key, "LUMEN", body, ApiServer.newId(), now + 310), 401, "stale_timestamp");
        assertError(server.push(key, "LUMEN", body, ApiServer.newId(), 0), 401, "stale_timestamp");
        // a supplier clock up to a few minutes off either way is fine
        assertThat(server.push(key, "LUMEN", body, ApiServer.newId(), now - 280).statusCode()).isEqualTo(200);
        assertThat(server.push(key, "LUMEN", body, ApiServer.newId(), now + 280).statusCode()).isEqualTo(200);
    }

    @Test
    void aSeenIdWithAnotherBodyIs409AndARetryGetsTheFirstAnswerWithNothingWrittenTwice() throws IOException {
        TestKey key = server.supplierKey("TEXTILIA");
        String id = ApiServer.newId();
        long ts = Instant.now().getEpochSecond();
        String body = body(item(sku("TEXTILIA", 0), 5), item(sku("TEXTILIA", 1), 6));
        HttpResponse<String> first = server.push(key, "TEXTILIA", body, id, ts);
        assertThat(first.statusCode()).isEqualTo(200);
        HttpResponse<String> retry = server.push(key, "TEXTILIA", body, id, ts + 20);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertError(server.push(key, "TEXTILIA", body(item(sku("TEXTILIA", 0), 7)), id, ts), 409, "replayed_request");
        assertThat(landed("TEXTILIA")).hasSize(1);
        // the same id from another key is another push
        TestKey second = server.supplierKey("TEXTILIA");
        assertThat(server.push(second, "TEXTILIA", body, id, ts).statusCode()).isEqualTo(200);
        assertThat(landed("TEXTILIA")).hasSize(2);
    }

    @Test
    void itemsAreJudgedOneByOneInTheirOrder() throws IOException {
        TestKey key = server.supplierKey("BAKEWELL");
        String a = sku("BAKEWELL", 0);
        String b = sku("BAKEWELL", 1);
        String c = sku("BAKEWELL", 2);
        String body = "{\"as_of\": \"" + AS_OF + "\", \"items\": ["
                + item(a, 1) + ", " + item("NO-SUCH", 2) + ", " + item(sku("LUMEN", 0), 3) + ", "
                + "{\"sku\": \"" + b + "\", \"quantity\": -1}, {\"sku\": \"" + b + "\", \"quantity\": 1234567890123}, "
                + "{\"quantity\": 4}, {\"sku\": \"\", \"quantity\": 4}, {\"sku\": \"" + c + "\"}, "
                + "{\"sku\": \"" + c + "x\", \"quantity\": 1.5}, " + item(a, 999_999_999_999L) + ", "
                + "{\"sku\": \"" + c + "\", \"quantity\": 12.0}, {\"sku\": \"" + b + "\", \"quantity\": "
                + "99999999999999999999999999999999}]}";
        HttpResponse<String> answer = server.push(key, "BAKEWELL", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode json = json(answer);
        List<String> outcomes = new ArrayList<>();
        json.get("results").forEach(result -> outcomes.add(result.path("sku").asString("") + ":"
                + (result.get("success").asBoolean() ? "ok" : result.get("error").asString())));
        assertThat(outcomes).containsExactly(a + ":duplicate_sku", "NO-SUCH:unknown_sku",
                sku("LUMEN", 0) + ":foreign_sku", b + ":duplicate_sku", b + ":duplicate_sku", ":missing_sku",
                ":missing_sku", c + ":duplicate_sku", c + "x:invalid_quantity", a + ":ok", c + ":ok",
                b + ":invalid_quantity");
        assertThat(json.get("processed").asInt()).isEqualTo(12);
        assertThat(json.get("successful").asInt()).isEqualTo(2);
        Path file = server.input().resolve("feeds").resolve(json.get("feed_file").asString());
        assertThat(Files.readAllLines(file)).containsExactly("sku,quantity,as_of", a + ",999999999999," + AS_OF,
                c + ",12," + AS_OF);
        assertThat(Files.readString(file.resolveSibling(file.getFileName() + ".sha256")))
                .isEqualTo(sha256(file) + "  " + file.getFileName() + "\n");
    }

    @Test
    void hostileSkusAreUnknownAndNothingLandsAnywhere() throws IOException {
        TestKey key = server.supplierKey("HOLLYBUSH");
        List<String> hostile = List.of("a\"b", "a,b", "a\nb", "../../etc/passwd", "..", "/tmp/x", "=HYPERLINK(1)",
                "\u0000", "x".repeat(10_000));
        StringBuilder body = new StringBuilder("{\"as_of\": \"" + AS_OF + "\", \"items\": [");
        for (int i = 0; i < hostile.size(); i++) {
            body.append(i == 0 ? "" : ", ").append("{\"sku\": ").append(JSON.writeValueAsString(hostile.get(i)))
                    .append(", \"quantity\": 1}");
        }
        List<Path> before = tree();
        HttpResponse<String> answer = server.push(key, "HOLLYBUSH", body.append("]}").toString());
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode json = json(answer);
        assertThat(json.get("successful").asInt()).isZero();
        assertThat(json.get("feed_file").isNull()).isTrue();
        for (int i = 0; i < hostile.size(); i++) {
            assertThat(json.get("results").get(i).get("sku").asString()).isEqualTo(hostile.get(i));
            assertThat(json.get("results").get(i).get("error").asString()).isEqualTo("unknown_sku");
        }
        assertThat(tree()).isEqualTo(before);
        assertError(server.push(key, "..", body(item("a", 1))), 403, "forbidden");
    }

    @Test
    void pushedStockIsWhatTheNextRunReadsAlsoForASupplierWithItsOwnLayout() {
        TestKey lumen = server.supplierKey("LUMEN");
        TestKey nordlager = server.supplierKey("NORDLAGER");
        String lumenSku = sku("LUMEN", 3);
        String nordlagerSku = sku("NORDLAGER", 2);
        String asOf = "2026-11-25T23:30:00Z";
        HttpResponse<String> first = server.push(lumen, "LUMEN", "{\"as_of\": \"" + asOf + "\", \"items\": ["
                + item(lumenSku, 4321) + "]}");
        HttpResponse<String> second = server.push(nordlager, "NORDLAGER", "{\"as_of\": \"" + asOf + "\", \"items\": ["
                + item(nordlagerSku, 1234) + "]}");
        assertThat(List.of(first.statusCode(), second.statusCode())).containsExactly(200, 200);
        assertThat(server.reconcile(D).result()).isEqualTo(RunOutcome.Result.COMPLETED);
        CompletedRun after = server.results().latestCompleted(ApiServer.JOB).orElseThrow();
        assertThat(after.rerun()).isGreaterThan(run.rerun());
        assertThat(server.results().find(after.runId(), lumenSku).orElseThrow().supplierStock()).isEqualTo(4321);
        assertThat(server.results().find(after.runId(), nordlagerSku).orElseThrow().supplierStock()).isEqualTo(1234);
        JsonNode read = json(server.get("/api/v1/inventory?sku=" + lumenSku, lumen.secret()));
        assertThat(read.get("items").get(0).get("supplier_stock").asLong()).isEqualTo(4321);
        run = after;
    }

    @Test
    void acceptedPushesAndRefusalsAreAuditRows() {
        TestKey key = server.supplierKey("TABULA");
        HttpResponse<String> accepted = server.push(key, "TABULA", body(item(sku("TABULA", 0), 3)));
        HttpResponse<String> refused = server.push(key, "TABULA", body(item(sku("TABULA", 0), 3)), ApiServer.newId(), 5);
        List<AuditEntry> rows = server.audit().list(Instant.now().minusSeconds(600), "TABULA");
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.requestId()).isEqualTo(accepted.headers().firstValue("X-Request-Id").orElseThrow());
            assertThat(row.event()).isEqualTo("accepted");
            assertThat(row.keyPrefix()).isEqualTo(key.secret().substring(0, 12));
            assertThat(row.remoteAddress()).isEqualTo("127.0.0.1");
            assertThat(row.detail()).contains("1 accepted");
        });
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.requestId()).isEqualTo(refused.headers().firstValue("X-Request-Id").orElseThrow());
            assertThat(row.event()).isEqualTo("stale_timestamp");
        });
        assertThat(rows).noneSatisfy(row -> assertThat(row.detail()).contains(key.secret()));
    }

    // §4 reading inventory

    @Test
    void aReaderPagesThroughEverySkuInOrderOnce() {
        String reader = server.readerKey().secret();
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            HttpResponse<String> answer = server.get("/api/v1/inventory?limit=37" + (after == null ? "" : "&after=" + after),
                    reader);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode page = json(answer);
            assertThat(page.get("business_date").asString()).isEqualTo(D.toString());
            page.get("items").forEach(item -> seen.add(item.get("sku").asString()));
            after = page.get("next").isNull() ? null : page.get("next").asString();
        } while (after != null);
        List<String> all = new ArrayList<>();
        server.results().forEach(run.runId(), result -> all.add(result.sku()));
        assertThat(seen).isEqualTo(all);
    }

    @Test
    void filtersGiveTheRunsFiguresAsAvailableStockPrintsThem() {
        String reader = server.readerKey().secret();
        SkuResult alerted = alerted();
        JsonNode one = json(server.get("/api/v1/inventory?sku=" + alerted.sku(), reader)).get("items").get(0);
        assertThat(one.toString()).isEqualTo("{\"sku\":\"" + alerted.sku() + "\",\"supplier_id\":\""
                + alerted.supplierId() + "\",\"on_hand\":" + alerted.onHand() + ",\"in_transit\":" + alerted.inTransit()
                + ",\"supplier_stock\":" + alerted.supplierStock() + ",\"reserved\":" + alerted.reserved()
                + ",\"available\":" + alerted.available() + ",\"velocity\":" + alerted.velocity()
                + ",\"days_of_supply\":" + alerted.daysOfSupply() + ",\"tier\":\"" + alerted.tier() + "\"}");
        JsonNode low = json(server.get("/api/v1/inventory?low_stock_only=true&limit=1000&supplier_id="
                + alerted.supplierId(), reader));
        List<SkuResult> expected = server.results().page(run.runId(), null, 1000, alerted.supplierId(), true);
        assertThat(low.get("items")).hasSize(expected.size());
        low.get("items").forEach(item -> {
            assertThat(item.get("tier").isNull()).isFalse();
            assertThat(item.get("supplier_id").asString()).isEqualTo(alerted.supplierId());
        });
        assertThat(json(server.get("/api/v1/inventory?sku=NO-SUCH", reader)).get("items")).isEmpty();
        assertError(server.get("/api/v1/inventory?limit=1001", reader), 400, "bad_request");
        assertError(server.get("/api/v1/inventory?limit=0", reader), 400, "bad_request");
        assertError(server.get("/api/v1/inventory?low_stock_only=yes", reader), 400, "bad_request");
    }

    @Test
    void aSupplierKeySeesItsOwnSkusOnly() {
        TestKey lumen = server.supplierKey("LUMEN");
        JsonNode page = json(server.get("/api/v1/inventory?limit=1000", lumen.secret()));
        assertThat(page.get("items")).isNotEmpty();
        page.get("items").forEach(item -> assertThat(item.get("supplier_id").asString()).isEqualTo("LUMEN"));
        assertThat(json(server.get("/api/v1/inventory?sku=" + sku("BAKEWELL", 0), lumen.secret())).get("items"))
                .isEmpty();
        assertThat(json(server.get("/api/v1/inventory?supplier_id=LUMEN&sku=" + sku("LUMEN", 0), lumen.secret()))
                .get("items")).hasSize(1);
    }

    // helpers

    private SkuResult alerted() {
        return server.results().page(run.runId(), null, 1, null, true).get(0);
    }

    String sku(String supplier, int n) {
        return server.results().page(run.runId(), null, n + 1, supplier, false).get(n).sku();
    }

    static String item(String sku, long quantity) {
        return "{\"sku\": " + JSON.writeValueAsString(sku) + ", \"quantity\": " + quantity + "}";
    }

    static String body(String... items) {
        return "{\"as_of\": \"" + AS_OF + "\", \"items\": [" + String.join(", ", items) + "]}";
    }

    static String items(int n) {
        StringBuilder body = new StringBuilder("{\"as_of\": \"" + AS_OF + "\", \"items\": [");
        for (int i = 0; i < n; i++) {
            body.append(i == 0 ? "" : ",").append("{\"sku\":\"U").append(i).append("\",\"quantity\":1}");
        }
        return body.append("]}").toString();
    }

    static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static void assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        JsonNode body = json(response);
        assertThat(body.get("error").asString()).isEqualTo(code);
        assertThat(body.get("message").asString()).isNotBlank();
        assertThat(body.properties()).hasSize(2);
    }

    List<Path> landed(String supplier) throws IOException {
        try (Stream<Path> files = Files.list(server.feeds(supplier))) {
            return files.filter(path -> path.getFileName().toString().startsWith("api-")
                    && path.toString().endsWith(".csv")).sorted().toList();
        }
    }

    private List<Path> tree() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            return files.filter(path -> !path.startsWith(work.resolve("reports"))).sorted().toList();
        }
    }

    static String sha256(Path file) throws IOException {
        return java.util.HexFormat.of().formatHex(com.stockrecon.api.keys.KeySecret.sha256(Files.readAllBytes(file)));
    }

    static String readAnswer(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            if (text.indexOf("\r\n\r\n") > 0 && text.indexOf("}") > 0) {
                break;
            }
        }
        return text.toString();
    }
}
