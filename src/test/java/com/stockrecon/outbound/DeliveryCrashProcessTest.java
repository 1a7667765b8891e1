package com.stockrecon.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.support.StockReconProcess;
import com.stockrecon.support.StockReconProcess.Result;
import com.stockrecon.support.StockReconProcess.Started;
import com.stockrecon.webhooks.WebhookReceiver;
import com.stockrecon.webhooks.WebhookReceiver.Received;
import com.stockrecon.webhooks.WebhookReceiver.Reply;

/**
 * Contract outbound §3 with real processes: a reconcile killed with kill -9 while it delivers, then the
 * same command again, sends the batches not yet delivered, with their ids, and no batch recorded as
 * delivered a second time; {@code deliver} then has nothing left to send; status and history show it.
 */
class DeliveryCrashProcessTest {

    static final LocalDate D = LocalDate.of(2026, 11, 25);
    static final Path SAMPLE = Path.of("sample-data").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void aDeliveryKilledMidwayIsFinishedByTheSameCommandWithoutSendingADeliveredBatchTwice() throws Exception {
        String secret = WebhookReceiver.newSecretText();
        try (WebhookReceiver receiver = WebhookReceiver.start(WebhookReceiver.secretOf(secret))
                .thenAlways(Reply.hang(Duration.ofMillis(150)))) {
            Path jobs = work.resolve("jobs");
            Files.createDirectories(jobs.resolve("distributors"));
            Files.writeString(jobs.resolve("reconciliation.yml"), "input: " + SAMPLE + "\nreports: "
                    + work.resolve("reports") + "\n");
            Files.writeString(jobs.resolve("distributors").resolve("slow.yml"), "url: " + receiver.url()
                    + "\nsecret-env: SLOW_DISTRIBUTOR_SECRET\nbatch-size: 5\nbackoff: 10ms\n");
            StockReconProcess stockrecon = StockReconProcess.in(work).onH2(work.resolve("db"))
                    .env("SLOW_DISTRIBUTOR_SECRET", secret).env("STOCKRECON_OUTBOUND_MAXINFLIGHT", "2");
            String[] reconcile = {"reconcile", "--jobs", jobs.toString(), "--date", D.toString()};

            try (Started run = stockrecon.start(reconcile)) {
                long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                while (receiver.received().size() < 12 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                run.kill();
            }
            Set<String> deliveredBeforeKill = ids(stockrecon, "WHERE status = 'DELIVERED'");
            Set<String> plannedBeforeKill = ids(stockrecon, "");
            assertThat(deliveredBeforeKill).isNotEmpty();

            Result again = stockrecon.run(reconcile);

            int batches = ids(stockrecon, "").size();
            assertThat(plannedBeforeKill.size()).isLessThan(batches);
            assertThat(batches).isGreaterThan(60);

            assertThat(again.exitCode()).as(again.toString()).isZero();
            assertThat(again.stdout()).contains("already completed").contains("deliveries: " + batches + " delivered");
            List<Received> received = receiver.received();
            assertThat(OutboundJobTest.seen(receiver)).allSatisfy(message -> assertThat(message).endsWith(" valid"));
            Map<String, Long> receptions = received.stream()
                    .collect(Collectors.groupingBy(Received::id, Collectors.counting()));
            assertThat(receptions).hasSize(batches);
            assertThat(deliveredBeforeKill).allSatisfy(id -> assertThat(receptions.get(id)).as(id).isEqualTo(1L));
            assertThat(ids(stockrecon, "WHERE status = 'DELIVERED'")).hasSize(batches)
                    .containsAll(plannedBeforeKill);

            Result deliver = stockrecon.run("deliver", "--jobs", jobs.toString(), "--date", D.toString());

            assertThat(deliver.exitCode()).as(deliver.toString()).isZero();
            assertThat(deliver.stdout()).contains("slow").contains(batches + " delivered, 0 failed, 0 pending");
            assertThat(OutboundJobTest.seen(receiver)).hasSize(received.size());

            Result status = stockrecon.run("status", "--jobs", jobs.toString(), "--date", D.toString());
            assertThat(status.stdout()).contains("deliveries " + batches + " delivered, 0 failed, 0 pending");
            Result history = stockrecon.run("history");
            assertThat(history.stdout()).containsPattern(D + " +" + batches + " +0 +0");
        }
    }

    private static Set<String> ids(StockReconProcess stockrecon, String where) throws Exception {
        try (Connection connection = stockrecon.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT webhook_id FROM delivery " + where)) {
            Set<String> ids = new HashSet<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        }
    }

}
