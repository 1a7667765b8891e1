package com.stockrecon.webhooks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers signed JSON webhooks (Standard Webhooks v1) over {@link HttpClient}, for any feature that
 * has to tell another system something.
 *
 * <pre>{@code
 * try (WebhookSender sender = new WebhookSender(8)) {
 *     WebhookSecret secret = WebhookSecret.fromEnvironment("ACME_WEBHOOK_SECRET");
 *     WebhookOutcome outcome = sender.send(
 *             new WebhookRequest(URI.create("https://acme.example/hook"), secret, "msg_123", json),
 *             RetryPolicy.defaults());
 *     // outcome.delivered(), attempts(), lastStatus(), lastError()
 * }
 * }</pre>
 *
 * Each attempt is POSTed with {@code content-type: application/json} and headers {@code webhook-id}
 * (the request's id, the same on every attempt), {@code webhook-timestamp} (Unix seconds of the attempt)
 * and {@code webhook-signature} ({@code v1,<base64 HMAC-SHA256>} over {@code {id}.{timestamp}.{body}}).
 * A 2xx is delivered. 5xx, 429 and timeouts (and connection failures) are retried up to
 * {@link RetryPolicy#retries()} times with exponential backoff and jitter; a {@code Retry-After} header
 * replaces the backoff. Any other status fails at once. No attempt starts, and no wait runs, past the
 * deadline of the message (by default now plus {@link RetryPolicy#worstCase()}).
 *
 * <p>At most {@code maxInFlight} messages are under way at once: {@link #submit} blocks the caller while
 * that many are pending, so a producer of many messages holds at most that many bodies in memory.
 * The sender never throws for a failed delivery and never logs a secret.
 */
public final class WebhookSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;
    private final Clock clock;
    private final Semaphore inFlight;
    private final ExecutorService workers;

    public WebhookSender(int maxInFlight) {
        this(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build(), maxInFlight, Clock.systemUTC());
    }

    WebhookSender(HttpClient client, int maxInFlight, Clock clock) {
        if (maxInFlight < 1 || maxInFlight > 256) {
            throw new IllegalArgumentException("maxInFlight must be between 1 and 256, not " + maxInFlight);
        }
        this.client = client;
        this.clock = clock;
        this.inFlight = new Semaphore(maxInFlight);
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(maxInFlight, task -> {
            Thread thread = new Thread(task, "webhook-sender-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Delivers one message, waiting for its outcome; the deadline is now plus the policy's worst case. */
    public WebhookOutcome send(WebhookRequest request, RetryPolicy policy) {
        return send(request, policy, clock.instant().plus(policy.worstCase()));
    }

    /** Delivers one message, waiting for its outcome, trying no longer than {@code deadline}. */
    public WebhookOutcome send(WebhookRequest request, RetryPolicy policy, Instant deadline) {
        try {
            return submit(request, policy, deadline).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return WebhookOutcome.failed(0, 0, "interrupted before delivery ended");
        } catch (ExecutionException unexpected) {
            return WebhookOutcome.failed(0, 0, describe(unexpected.getCause()));
        }
    }

    /**
     * Starts delivering one message and returns its outcome to come; blocks while {@code maxInFlight}
     * messages are pending. The future always completes normally, with a failed outcome if need be.
     */
    public CompletableFuture<WebhookOutcome> submit(WebhookRequest request, RetryPolicy policy, Instant deadline) {
        try {
            inFlight.acquire();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return CompletableFuture.completedFuture(WebhookOutcome.failed(0, 0, "interrupted before the first attempt"));
        }
        CompletableFuture<WebhookOutcome> outcome = new CompletableFuture<>();
        try {
            workers.execute(() -> {
                try {
                    outcome.complete(deliver(request, policy, deadline));
                } catch (RuntimeException | Error unexpected) {
                    outcome.complete(WebhookOutcome.failed(0, 0, describe(unexpected)));
                } finally {
                    inFlight.release();
                }
            });
        } catch (RuntimeException rejected) {
            inFlight.release();
            outcome.complete(WebhookOutcome.failed(0, 0, "sender is closed"));
        }
        return outcome;
    }

    private WebhookOutcome deliver(WebhookRequest request, RetryPolicy policy, Instant deadline) {
        int attempts = 0;
        int lastStatus = 0;
        String lastError = "deadline passed before the first attempt";
        while (attempts <= policy.retries()) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                return giveUp(request, attempts, lastStatus, lastError + "; deadline reached");
            }
            Duration timeout = left.compareTo(policy.timeout()) < 0 ? left : policy.timeout();
            attempts++;
            Attempt attempt = attempt(request, timeout);
            if (attempt.status() >= 200 && attempt.status() < 300) {
                return WebhookOutcome.delivered(attempts, attempt.status());
            }
            lastStatus = attempt.status();
            lastError = attempt.error();
            if (!attempt.retriable()) {
                return giveUp(request, attempts, lastStatus, lastError);
            }
            if (attempts > policy.retries()) {
                break;
            }
            int retry = attempts;
            Duration wait = attempt.retryAfter()
                    .orElseGet(() -> policy.backoffBefore(retry, ThreadLocalRandom.current().nextDouble()));
            if (clock.instant().plus(wait).isAfter(deadline)) {
                return giveUp(request, attempts, lastStatus, lastError + "; next retry (in " + wait.toMillis()
                        + " ms) would pass the deadline");
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return giveUp(request, attempts, lastStatus, lastError + "; interrupted");
            }
        }
        return giveUp(request, attempts, lastStatus, lastError + "; no retries left");
    }

    private Attempt attempt(WebhookRequest request, Duration timeout) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest http = HttpRequest.newBuilder(request.target())
                .timeout(timeout)
                .header("content-type", "application/json")
                .header(WebhookSignature.ID_HEADER, request.id())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(request.secret(), request.id(), timestamp, request.body()))
                .POST(HttpRequest.BodyPublishers.ofString(request.body()))
                .build();
        CompletableFuture<HttpResponse<Void>> exchange = client.sendAsync(http, HttpResponse.BodyHandlers.discarding());
        try {
            // the request timeout covers the headers only; this bound covers a body that never ends
            HttpResponse<Void> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            int status = response.statusCode();
            boolean retriable = status == 429 || status >= 500;
            Optional<Duration> retryAfter = retriable
                    ? RetryAfter.parse(response.headers().firstValue("retry-after").orElse(null), clock.instant())
                    : Optional.empty();
            return new Attempt(status, "HTTP " + status, retriable, retryAfter);
        } catch (TimeoutException slow) {
            exchange.cancel(true);
            return Attempt.timedOut(timeout);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof HttpTimeoutException) {
                return Attempt.timedOut(timeout);
            }
            return new Attempt(0, describe(failed.getCause()), failed.getCause() instanceof IOException, Optional.empty());
        } catch (InterruptedException interrupted) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new Attempt(0, "interrupted", false, Optional.empty());
        }
    }

    private static WebhookOutcome giveUp(WebhookRequest request, int attempts, int status, String error) {
        log.warn("Webhook {} to {} not delivered after {} attempt(s): {}", request.id(), request.target(), attempts, error);
        return WebhookOutcome.failed(attempts, status, error);
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        String kind = failure.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private record Attempt(int status, String error, boolean retriable, Optional<Duration> retryAfter) {

        static Attempt timedOut(Duration timeout) {
            return new Attempt(0, "timed out after " + timeout.toMillis() + " ms", true, Optional.empty());
        }
    }
}
