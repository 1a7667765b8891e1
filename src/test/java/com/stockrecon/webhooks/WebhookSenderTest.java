package com.stockrecon.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.stockrecon.webhooks.WebhookReceiver.Received;
import com.stockrecon.webhooks.WebhookReceiver.Reply;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {

    private static final String BODY = "{\"items\":[{\"sku\":\"A-1\",\"available\":4}]}";
    private static final RetryPolicy FAST = new RetryPolicy(Duration.ofSeconds(2), 3, Duration.ofMillis(20), Duration.ofMillis(80));

    private final WebhookSecret secret = WebhookReceiver.secretOf(WebhookReceiver.newSecretText());
    private final WebhookSender sender = new WebhookSender(4);
    private WebhookReceiver receiver;

    @AfterEach
    void stop() {
        sender.close();
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void aReceiverThatFailsThenRecoversGetsTheSameIdSignedEachTime() throws Exception {
        receiver = WebhookReceiver.start(secret).answer(Reply.status(503), Reply.status(500));

        WebhookOutcome outcome = sender.send(new WebhookRequest(receiver.url(), secret, "msg_1", BODY), FAST);

        assertThat(outcome).isEqualTo(new WebhookOutcome(true, 3, 200, null));
        assertThat(receiver.received()).hasSize(3).allSatisfy(received -> {
            assertThat(received.id()).isEqualTo("msg_1");
            assertThat(received.body()).isEqualTo(BODY);
            assertThat(received.signatureValid()).isTrue();
        });
    }

    @Test
    void aReceiverThatHangsTimesOutAndIsRetried() throws Exception {
        receiver = WebhookReceiver.start(secret).answer(Reply.hang(Duration.ofSeconds(10)));
        RetryPolicy policy = FAST.withTimeout(Duration.ofMillis(300));

        long started = System.nanoTime();
        WebhookOutcome outcome = sender.send(new WebhookRequest(receiver.url(), secret, "msg_2", BODY), policy);

        assertThat(outcome).isEqualTo(new WebhookOutcome(true, 2, 200, null));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aReceiverThatAlwaysHangsFailsWithinTheDeadline() throws Exception {
        receiver = WebhookReceiver.start(secret).thenAlways(Reply.hang(Duration.ofSeconds(10)));
        RetryPolicy policy = FAST.withTimeout(Duration.ofMillis(200)).withRetries(1);

        long started = System.nanoTime();
        WebhookOutcome outcome = sender.send(new WebhookRequest(receiver.url(), secret, "msg_3", BODY), policy);

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.attempts()).isEqualTo(2);
        assertThat(outcome.lastError()).startsWith("timed out after 200 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThanOrEqualTo(policy.worstCase().plusMillis(500));
    }

    @Test
    void aBadRequestFailsAtOnce() throws Exception {
        receiver = WebhookReceiver.start(secret).thenAlways(Reply.status(400));

        WebhookOutcome outcome = sender.send(new WebhookRequest(receiver.url(), secret, "msg_4", BODY), FAST);

        assertThat(outcome).isEqualTo(new WebhookOutcome(false, 1, 400, "HTTP 400"));
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void tooManyRequestsWaitsAsLongAsRetryAfterSays() throws Exception {
        receiver = WebhookReceiver.start(secret).answer(Reply.tooManyRequests("1"));

        WebhookOutcome outcome = sender.send(new WebhookRequest(receiver.url(), secret, "msg_5", BODY), FAST);

        assertThat(outcome).isEqualTo(new WebhookOutcome(true, 2, 200, null));
        List<Received> received = receiver.received();
        assertThat(Duration.between(received.get(0).at(), received.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(received.get(1).signatureValid()).isTrue();
    }

    @Test
    void aRetryAfterBeyondTheDeadlineGivesUpAtOnce() throws Exception {
        receiver = WebhookReceiver.start(secret).thenAlways(Reply.tooManyRequests("3600"));

        WebhookOutcome outcome = sender.send(new WebhookRequest(receiver.url(), secret, "msg_6", BODY), FAST);

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.attempts()).isEqualTo(1);
        assertThat(outcome.lastStatus()).isEqualTo(429);
        assertThat(outcome.lastError()).isEqualTo("HTTP 429; next retry (in 3600000 ms) would pass the deadline");
    }

    @Test
    void aTargetThatRefusesConnectionsIsRetriedThenFails() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        URI nobody = URI.create("http://127.0.0.1:" + port + "/hook");

        WebhookOutcome outcome = sender.send(new WebhookRequest(nobody, secret, "msg_7", BODY), FAST);

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.attempts()).isEqualTo(4);
        assertThat(outcome.lastStatus()).isZero();
        assertThat(outcome.lastError()).contains("ConnectException").endsWith("; no retries left");
    }

    @Test
    void noMoreThanMaxInFlightMessagesAreUnderWayAtOnce() throws Exception {
        receiver = WebhookReceiver.start(secret).thenAlways(Reply.hang(Duration.ofMillis(60)));
        List<CompletableFuture<WebhookOutcome>> outcomes = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(20);

        for (int i = 0; i < 16; i++) {
            outcomes.add(sender.submit(new WebhookRequest(receiver.url(), secret, "msg_c" + i, BODY), FAST, deadline));
        }

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.get().delivered()).isTrue());
        assertThat(receiver.received()).hasSize(16).allSatisfy(received -> assertThat(received.signatureValid()).isTrue());
        assertThat(receiver.mostConcurrent()).isBetween(2, 4);
    }
}
