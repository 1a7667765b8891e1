package com.stockrecon.outbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

import com.stockrecon.outbound.ledger.DeliveryLedger;
import com.stockrecon.outbound.ledger.DeliveryRecord;
import com.stockrecon.outbound.ledger.DeliveryStatus;
import com.stockrecon.outbound.targets.DeliveryTarget;
import com.stockrecon.webhooks.WebhookOutcome;
import com.stockrecon.webhooks.WebhookRequest;
import com.stockrecon.webhooks.WebhookSecret;
import com.stockrecon.webhooks.WebhookSender;

/**
 * The messages of one run to one target, offered in batch order. Each is recorded before it is sent, so
 * that a killed process leaves its plan behind; a batch recorded as delivered is never sent again, and a
 * batch that no longer has the body first recorded (its definition or the results changed) is not sent.
 * Once the target fails a message for good with a retriable error (it is down), or its deadline has
 * passed, the remaining batches are recorded as not sent, for {@code deliver} to send later.
 */
final class TargetDelivery {

    private final DeliveryLedger ledger;
    private final WebhookSender sender;
    private final long runId;
    private final DeliveryTarget target;
    private final Instant deadline;
    private final Map<Integer, DeliveryRecord> recorded;
    private final WebhookSecret secret;
    private final AtomicReference<String> givenUp = new AtomicReference<>();
    private final List<CompletableFuture<Void>> sending = new ArrayList<>();
    // taken before a batch is looked at, so that a batch waiting for a slot sees a target given up meanwhile
    private final Semaphore slots;

    TargetDelivery(DeliveryLedger ledger, WebhookSender sender, long runId, DeliveryTarget target, Instant deadline,
            Map<String, String> environment, int maxInFlight) {
        this.slots = new Semaphore(maxInFlight);
        this.ledger = ledger;
        this.sender = sender;
        this.runId = runId;
        this.target = target;
        this.deadline = deadline;
        this.recorded = ledger.recorded(runId, target.name());
        WebhookSecret known = null;
        try {
            known = target.secret(environment);
        } catch (IllegalArgumentException noSecret) {
            givenUp.set("not sent: " + noSecret.getMessage());
        }
        this.secret = known;
    }

    void offer(int batch, int items, String body) {
        String sha256 = sha256(body);
        DeliveryRecord known = recorded.get(batch);
        if (known != null && known.status() == DeliveryStatus.DELIVERED) {
            return;
        }
        if (known == null) {
            ledger.recordPending(runId, target.name(), batch, WebhookIds.of(runId, target.name(), batch), items, sha256);
        } else if (!known.bodySha256().equals(sha256)) {
            ledger.recordNotSent(runId, target.name(), batch, "not sent: the batch is no longer the one first recorded"
                    + " (the target's definition or the run's results changed since)");
            return;
        }
        try {
            slots.acquire();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            ledger.recordNotSent(runId, target.name(), batch, "not sent: interrupted");
            return;
        }
        String reason = givenUp.get();
        if (reason == null && !Instant.now().isBefore(deadline)) {
            reason = "not sent: the target's delivery time (" + target.policy().worstCase().toSeconds()
                    + " s) ran out; send it with ./run.sh deliver";
        }
        if (reason != null) {
            slots.release();
            ledger.recordNotSent(runId, target.name(), batch, reason);
            return;
        }
        String webhookId = known != null ? known.webhookId() : WebhookIds.of(runId, target.name(), batch);
        WebhookRequest request = new WebhookRequest(target.url(), secret, webhookId, body);
        sending.add(sender.submit(request, target.policy(), deadline).thenAccept(outcome -> settle(batch, outcome)));
    }

    private void settle(int batch, WebhookOutcome outcome) {
        try {
            boolean targetDown = outcome.lastStatus() == 0 || outcome.lastStatus() == 429 || outcome.lastStatus() >= 500;
            if (!outcome.delivered() && targetDown) {
                givenUp.compareAndSet(null, "not sent: an earlier batch failed (" + outcome.lastError() + ")");
            }
            ledger.recordOutcome(runId, target.name(), batch, outcome);
        } finally {
            slots.release();
        }
    }

    /** Waits until every message offered has its outcome recorded. */
    void finish() {
        CompletableFuture.allOf(sending.toArray(new CompletableFuture[0])).join();
    }

    static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
