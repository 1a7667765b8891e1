package com.stockrecon.api.push;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.stockrecon.api.audit.AuditEntry;
import com.stockrecon.api.audit.AuditLog;
import com.stockrecon.api.http.ApiCall;
import com.stockrecon.api.http.ApiRefusal;
import com.stockrecon.api.http.Json;
import com.stockrecon.api.http.Refusal;
import com.stockrecon.api.keys.KeySecret;
import com.stockrecon.feeds.PushedFeeds;
import com.stockrecon.results.CompletedRun;
import com.stockrecon.results.RunResults;

/**
 * A verified push from its webhook-id to its answer: a replay with another body is refused, a retry
 * gets the first answer, a new push is judged item by item against the latest completed run's catalog
 * and its accepted items land as one feed file.
 */
@Component
public class StockPushes {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final long WAIT_FOR_OTHER_MILLIS = 10_000;

    private final PushLedger ledger;
    private final RunResults results;
    private final PushDestination destination;
    private final AuditLog audit;
    private final Clock clock;

    public StockPushes(PushLedger ledger, RunResults results, PushDestination destination, AuditLog audit,
            Clock clock) {
        this.ledger = ledger;
        this.results = results;
        this.destination = destination;
        this.audit = audit;
        this.clock = clock;
    }

    /** The JSON answer (200) of the push. */
    public byte[] accept(ApiCall call, SignedPush signed, byte[] body, PushRequest push) throws IOException {
        long keyId = call.key().id();
        String id = signed.webhookId();
        String bodyHash = HexFormat.of().formatHex(KeySecret.sha256(body));
        long giveUp = System.nanoTime() + WAIT_FOR_OTHER_MILLIS * 1_000_000;
        while (true) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Optional<PushLedger.Entry> seen = ledger.find(keyId, id, now);
            if (seen.isEmpty()) {
                String fileName = PushedFeeds.PREFIX + STAMP.format(now) + "-"
                        + HexFormat.of().formatHex(KeySecret.sha256((keyId + ":" + id).getBytes(
                                StandardCharsets.UTF_8))).substring(0, 12) + ".csv";
                if (ledger.claim(keyId, id, bodyHash, fileName, now)) {
                    return work(call, id, push, fileName);
                }
                continue;
            }
            PushLedger.Entry entry = seen.get();
            if (!KeySecret.sameHash(entry.bodySha256(), bodyHash)) {
                throw new ApiRefusal(Refusal.REPLAYED_REQUEST, "webhook-id " + id + " was sent within 24 h with"
                        + " another body; a new push needs a new webhook-id.");
            }
            if (entry.response() != null) {
                record(call, "retry of webhook-id " + id + ": answered as the first time");
                return entry.response().getBytes(StandardCharsets.UTF_8);
            }
            if (entry.isStale(now) && ledger.takeOver(keyId, id, entry, now)) {
                return work(call, id, push, entry.feedFile());
            }
            if (System.nanoTime() > giveUp) {
                throw new ApiRefusal(Refusal.REPLAYED_REQUEST, "webhook-id " + id + " is still being processed;"
                        + " retry the same request in a minute.");
            }
            sleep();
        }
    }

    private byte[] work(ApiCall call, String id, PushRequest push, String fileName) throws IOException {
        long keyId = call.key().id();
        String supplier = call.key().supplierId();
        try {
            Optional<CompletedRun> run = results.latestCompleted(destination.job());
            Map<String, String> catalog = run.isEmpty() ? Map.of()
                    : results.suppliersOf(run.get().runId(), push.items().stream()
                            .map(PushItem::sku).filter(PushItemRules::mayBeInCatalog).distinct().toList());
            PushItemRules.Judged judged = PushItemRules.judge(push.items(), supplier, catalog);
            String feedFile = null;
            if (!judged.accepted().isEmpty()) {
                FeedLanding.land(destination.supplierFolder(supplier, push.asOf()), fileName, judged.accepted(),
                        push.asOf());
                feedFile = supplier + "/" + fileName;
            }
            List<ItemResult> items = judged.results();
            byte[] answer = Json.bytes(new PushAnswer(items.size(), judged.accepted().size(), feedFile, items));
            ledger.answered(keyId, id, new String(answer, StandardCharsets.UTF_8));
            record(call, "webhook-id " + id + ": " + items.size() + " items, " + judged.accepted().size()
                    + " accepted" + (feedFile == null ? ", nothing written" : ", feed file " + feedFile)
                    + (run.isEmpty() ? " (no completed run: every sku unknown)" : ""));
            return answer;
        } catch (RuntimeException | IOException failed) {
            ledger.release(keyId, id);
            throw failed;
        }
    }

    private void record(ApiCall call, String detail) {
        audit.record(new AuditEntry(clock.instant(), call.keyPrefix(), call.supplierId(), call.remoteAddress(),
                call.requestId(), AuditEntry.ACCEPTED, detail));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
