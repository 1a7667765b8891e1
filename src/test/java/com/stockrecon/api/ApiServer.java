package com.stockrecon.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.stockrecon.api.keys.ApiKeys;
import com.stockrecon.api.keys.SupplierPublicKey;
import com.stockrecon.cli.AppContext;
import com.stockrecon.config.CatalogSource;
import com.stockrecon.config.InputLayout;
import com.stockrecon.config.PolicyBinding;
import com.stockrecon.results.RunResults;
import com.stockrecon.runs.RunLauncher;
import com.stockrecon.runs.RunOutcome;
import com.stockrecon.runs.RunRequest;
import com.stockrecon.support.Fixtures;
import com.stockrecon.support.StockReconProcess;
import com.stockrecon.support.TestDatabases;

/**
 * The supplier API as {@code serve} runs it, in the test's JVM: a real Tomcat on a free loopback
 * port over a real database, with a job definition whose input is a copy of {@code sample-data/}
 * (or any folder) and a completed run of it. Requests go over HTTP with real keys and Ed25519
 * signatures.
 */
public final class ApiServer implements AutoCloseable {

    public static final String JOB = "reconciliation";

    private static final AtomicLong IDS = new AtomicLong();

    private final ConfigurableApplicationContext context;
    private final Path input;
    private final Path reports;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private ApiServer(ConfigurableApplicationContext context, Path input, Path reports) {
        this.context = context;
        this.input = input;
        this.reports = reports;
    }

    public static String database(String vendor) {
        return vendor.equals("h2") ? TestDatabases.h2Url() : TestDatabases.postgresUrl();
    }

    /** A server over {@code input} (copied from {@code source}) on the database at {@code url}. */
    public static ApiServer start(String url, Path work, Path source, int rateLimit) {
        Path input = work.resolve("in");
        Fixtures.copyTree(source, input);
        Path jobs = work.resolve("jobs");
        try {
            Files.createDirectories(jobs);
            Files.writeString(jobs.resolve(JOB + ".yml"), "input: " + input + "\nreports: " + work.resolve("reports")
                    + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", url.startsWith("jdbc:postgresql:") ? TestDatabases.POSTGRES_USER
                : "sa");
        properties.put("spring.datasource.password", "");
        properties.put("spring.datasource.hikari.minimum-idle", 1);
        properties.put("server.port", 0);
        properties.put("stockrecon.log-dir", "target/test-logs");
        properties.put("stockrecon.api.jobs-dir", jobs.toString());
        properties.put("stockrecon.api.rate-limit", rateLimit);
        return new ApiServer(AppContext.startServer(properties), input, work.resolve("reports"));
    }

    /** Reconciles the input for {@code date} (a rerun when it completed before), reading the sample's layouts. */
    public RunOutcome reconcile(LocalDate date) {
        InputLayout layout = new InputLayout(CatalogSource.CANONICAL, StockReconProcess.HOME.resolve("jobs")
                .resolve("suppliers"));
        return context.getBean(RunLauncher.class).reconcile(new RunRequest(JOB, date, input, reports,
                PolicyBinding.bind(Map.of()), true, layout));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public Path input() {
        return input;
    }

    public Path feeds(String supplier) {
        return input.resolve("feeds").resolve(supplier);
    }

    public JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    public RunResults results() {
        return context.getBean(RunResults.class);
    }

    public com.stockrecon.api.audit.AuditLog audit() {
        return context.getBean(com.stockrecon.api.audit.AuditLog.class);
    }

    public ApiKeys keys() {
        return context.getBean(ApiKeys.class);
    }

    /** A new key of {@code supplier} with a new Ed25519 key pair. */
    public TestKey supplierKey(String supplier) {
        KeyPair pair = TestKey.ed25519();
        String secret = keys().create(supplier, SupplierPublicKey.pem(pair.getPublic()), 90, Instant.now()).secret();
        return new TestKey(secret, pair);
    }

    public TestKey readerKey() {
        return new TestKey(keys().create(null, null, 90, Instant.now()).secret(), null);
    }

    public HttpResponse<String> get(String pathAndQuery, String secret) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30)).GET();
        if (secret != null) {
            request.header("Authorization", "Bearer " + secret);
        }
        return send(request.build());
    }

    /** A push signed with the key's private key, stamped now, with a new webhook-id. */
    public HttpResponse<String> push(TestKey key, String supplier, String body) {
        return push(key, supplier, body, newId(), Instant.now().getEpochSecond());
    }

    public HttpResponse<String> push(TestKey key, String supplier, String body, String id, long timestamp) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(pushRequest(key.secret(), supplier, bytes, id, Long.toString(timestamp),
                "v1a," + key.sign(id, Long.toString(timestamp), bytes)));
    }

    public HttpRequest pushRequest(String secret, String supplier, byte[] body, String id, String timestamp,
            String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/suppliers/" + supplier + "/stock"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (secret != null) {
            request.header("Authorization", "Bearer " + secret);
        }
        if (id != null) {
            request.header("webhook-id", id);
        }
        if (timestamp != null) {
            request.header("webhook-timestamp", timestamp);
        }
        if (signature != null) {
            request.header("webhook-signature", signature);
        }
        return request.build();
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port() + pathAndQuery);
    }

    public static String newId() {
        return "msg_" + System.nanoTime() + "_" + IDS.incrementAndGet();
    }

    @Override
    public void close() {
        context.close();
    }

    /** An API key and, for a supplier, its Ed25519 key pair. */
    public record TestKey(String secret, KeyPair pair) {

        static KeyPair ed25519() {
            try {
                return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Base64 of the Ed25519 signature of {@code id.timestamp.body}. */
        public String sign(String id, String timestamp, byte[] body) {
            try {
                Signature signer = Signature.getInstance("Ed25519");
                signer.initSign(pair.getPrivate());
                signer.update((id + "." + timestamp + ".").getBytes(StandardCharsets.US_ASCII));
                signer.update(body);
                return Base64.getEncoder().encodeToString(signer.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
