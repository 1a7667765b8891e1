package com.stockrecon.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.stockrecon.scheduling.support.JobDefinitionFiles;
import com.stockrecon.support.Fixtures;
import com.stockrecon.support.StockReconProcess;
import com.stockrecon.support.StockReconProcess.Result;
import com.stockrecon.webhooks.WebhookReceiver;

/**
 * operations.md §3 with real processes: the conditions of a run go once, together, to a signed webhook
 * (a real receiver on loopback verifying signatures) and to commands (the JSON on stdin); a command that
 * keeps failing is retried and recorded and changes nothing about the run; a failed run sends run-failed.
 */
class OperatorAlertsProcessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    @Test
    void conditionsOfACompletedRunThenRunFailedReachEveryChannelOnce() throws Exception {
        String secret = WebhookReceiver.newSecretText();
        try (WebhookReceiver receiver = WebhookReceiver.start(WebhookReceiver.secretOf(secret))) {
            Path input = Fixtures.copy("worked-examples", work.resolve("in/2026-11-24"));
            Fixtures.copy("cli-missing-file", work.resolve("in/2026-11-25"));
            Path stdin = work.resolve("command-stdin.json");
            JobDefinitionFiles.write(work.resolve("jobs"), "nightly", "input: \"" + work.resolve("in") + "/{date}\"\n"
                    + "reports: \"" + work.resolve("reports") + "\"\n"
                    + "alerts:\n"
                    + "  retries: 1\n"
                    + "  timeout-seconds: 5\n"
                    + "  webhooks:\n"
                    + "    - url: " + receiver.url() + "\n"
                    + "      secret-env: OPS_HOOK_SECRET\n"
                    + "  commands:\n"
                    + "    - \"cat > '" + stdin + "'\"\n"
                    + "    - \"echo paging is down >&2; exit 3\"\n"
                    + "  when:\n"
                    + "    run-failed: true\n"
                    + "    critical-alerts-above: 3\n"
                    + "    reject-ratio-above: 0.01\n"
                    + "    feeds-not-usable: true\n"
                    + "    discrepancies-above: {OVERSOLD: 0, QTY_JUMP: 0}\n");
            StockReconProcess stockrecon = StockReconProcess.in(work).onH2(work.resolve("db"))
                    .env("OPS_HOOK_SECRET", secret);

            Result completed = stockrecon.run("reconcile", "--jobs", work.resolve("jobs").toString(), "--job",
                    "nightly", "--date", "2026-11-24");

            assertThat(completed.exitCode()).as(completed.toString()).isZero();
            assertThat(input).isDirectory();
            assertThat(receiver.received()).hasSize(1);
            WebhookReceiver.Received message = receiver.received().get(0);
            assertThat(message.signatureValid()).isTrue();
            JsonNode alert = JSON.readTree(message.body());
            assertThat(alert.path("job").asString()).isEqualTo("nightly");
            assertThat(alert.path("business_date").asString()).isEqualTo("2026-11-24");
            assertThat(alert.path("run_id").asString()).isEqualTo("2026-11-24");
            assertThat(alert.path("status").asString()).isEqualTo("completed");
            List<String> rules = new ArrayList<>();
            alert.path("conditions").forEach(condition -> rules.add(condition.path("rule").asString()));
            assertThat(rules).containsExactly("critical-alerts-above", "discrepancies-above");
            JsonNode critical = alert.path("conditions").get(0);
            assertThat(critical.path("threshold").asLong()).isEqualTo(3);
            assertThat(critical.path("value").asLong()).isEqualTo(4);
            assertThat(critical.path("message").asString()).isEqualTo("4 CRITICAL alerts, more than 3");
            assertThat(alert.path("conditions").get(1).path("value").path("OVERSOLD").asLong()).isEqualTo(1);
            assertThat(Files.readString(stdin)).isEqualTo(message.body());
            assertThat(completed.stdout()).contains("not delivered to echo paging is down >&2; exit 3 after 2"
                    + " attempts: exit code 3: paging is down");

            Files.delete(stdin);
            Result failed = stockrecon.run("reconcile", "--jobs", work.resolve("jobs").toString(), "--job",
                    "nightly", "--date", "2026-11-25");

            assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
            assertThat(receiver.received()).hasSize(2);
            JsonNode failure = JSON.readTree(receiver.received().get(1).body());
            assertThat(receiver.received().get(1).signatureValid()).isTrue();
            assertThat(failure.path("status").asString()).isEqualTo("failed");
            assertThat(failure.path("conditions")).hasSize(1);
            assertThat(failure.path("conditions").get(0).path("rule").asString()).isEqualTo("run-failed");
            assertThat(failure.path("conditions").get(0).path("message").asString()).startsWith("the run failed: ")
                    .contains("sales.csv");
            assertThat(Files.readString(stdin)).isEqualTo(receiver.received().get(1).body());

            try (Connection db = stockrecon.connect(); ResultSet rows = db.createStatement().executeQuery(
                    "SELECT business_date, channel, rules, attempts, delivered, last_error FROM alert_delivery"
                            + " ORDER BY business_date, channel")) {
                List<String> recorded = new ArrayList<>();
                while (rows.next()) {
                    recorded.add(rows.getString(1) + " " + rows.getString(2).replace(receiver.url().toString(),
                            "WEBHOOK") + " " + rows.getString(3) + " " + rows.getInt(4) + " " + rows.getBoolean(5)
                            + " " + rows.getString(6));
                }
                assertThat(recorded).containsExactlyInAnyOrder(
                        "2026-11-24 WEBHOOK critical-alerts-above,discrepancies-above 1 true null",
                        "2026-11-24 cat > '" + stdin + "' critical-alerts-above,discrepancies-above 1 true null",
                        "2026-11-24 echo paging is down >&2; exit 3 critical-alerts-above,discrepancies-above 2 false"
                                + " exit code 3: paging is down",
                        "2026-11-25 WEBHOOK run-failed 1 true null",
                        "2026-11-25 cat > '" + stdin + "' run-failed 1 true null",
                        "2026-11-25 echo paging is down >&2; exit 3 run-failed 2 false exit code 3: paging is down");
            }
        }
    }
}
