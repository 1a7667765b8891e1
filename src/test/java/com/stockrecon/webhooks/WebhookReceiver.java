package com.stockrecon.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP receiver on loopback that verifies every message's Standard Webhooks signature the way a
 * distributor would, answers with scripted replies (then 200), and records what it received.
 */
public final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final WebhookSecret secret;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger concurrent = new AtomicInteger();
    private final AtomicInteger mostConcurrent = new AtomicInteger();
    private Reply afterScript = Reply.ok();

    private WebhookReceiver(WebhookSecret secret) throws IOException {
        this.secret = secret;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public static WebhookReceiver start(WebhookSecret secret) throws IOException {
        return new WebhookReceiver(secret);
    }

    /** A fresh random secret in the {@code whsec_} form, as an environment variable would hold it. */
    public static String newSecretText() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return WebhookSecret.PREFIX + Base64.getEncoder().encodeToString(key);
    }

    public static WebhookSecret secretOf(String text) {
        return WebhookSecret.parse(text, "a test");
    }

    /** The next requests get these replies, in order; later ones get 200. */
    public synchronized WebhookReceiver answer(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** Every request after the scripted ones gets this reply. */
    public synchronized WebhookReceiver thenAlways(Reply reply) {
        afterScript = reply;
        return this;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    public int mostConcurrent() {
        return mostConcurrent.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        mostConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String id = exchange.getRequestHeaders().getFirst(WebhookSignature.ID_HEADER);
            String timestamp = exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER);
            String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER);
            boolean valid = WebhookSignature.verify(secret, id, timestamp, body, signature, Instant.now(),
                    Duration.ofMinutes(5));
            Reply reply;
            synchronized (this) {
                reply = script.isEmpty() ? afterScript : script.poll();
                received.add(new Received(id, timestamp, body, valid, Instant.now(), reply.status()));
            }
            if (!reply.hang().isZero()) {
                try {
                    Thread.sleep(reply.hang().toMillis());
                } catch (InterruptedException closing) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (reply.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", reply.retryAfter());
            }
            exchange.sendResponseHeaders(reply.status(), -1);
        } finally {
            concurrent.decrementAndGet();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** One received message: its headers, body, whether its signature verified, when, and what we answered. */
    public record Received(String id, String timestamp, String body, boolean signatureValid, Instant at, int answered) {
    }

    /** A scripted answer: a status, an optional Retry-After, and how long to stall before answering. */
    public record Reply(int status, String retryAfter, Duration hang) {

        public static Reply ok() {
            return new Reply(200, null, Duration.ZERO);
        }

        public static Reply status(int status) {
            return new Reply(status, null, Duration.ZERO);
        }

        public static Reply tooManyRequests(String retryAfter) {
            return new Reply(429, retryAfter, Duration.ZERO);
        }

        public static Reply hang(Duration hang) {
            return new Reply(200, null, hang);
        }
    }
}
