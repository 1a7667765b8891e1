package com.stockrecon.alerts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import com.stockrecon.metrics.CompletedRunFigures;
import com.stockrecon.metrics.RunFigures;
import com.stockrecon.metrics.Sample;
import com.stockrecon.operations.AlertSettings;
import com.stockrecon.operations.JobOperations;
import com.stockrecon.operations.OperationsSettings;
import com.stockrecon.runs.RunContext;
import com.stockrecon.runs.RunFinished;
import com.stockrecon.webhooks.RetryPolicy;
import com.stockrecon.webhooks.WebhookOutcome;
import com.stockrecon.webhooks.WebhookRequest;
import com.stockrecon.webhooks.WebhookSecret;
import com.stockrecon.webhooks.WebhookSender;

/**
 * After every run: the rules of {@code alerts.when} that hold, sent once, together, to every webhook
 * (signed, outbound.md §2) and command of the job (operations.md §3), each retried and recorded in
 * alert_delivery. Nothing here fails the run or changes its exit code; a run where no rule holds sends
 * nothing.
 */
@Component
public class OperatorAlerts {

    private static final Logger log = LoggerFactory.getLogger(OperatorAlerts.class);
    private static final Logger console = LoggerFactory.getLogger("stockrecon.progress");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JobOperations operations;
    private final AlertDeliveries deliveries;

    public OperatorAlerts(JobOperations operations, AlertDeliveries deliveries) {
        this.operations = operations;
        this.deliveries = deliveries;
    }

    @EventListener
    @Order(200)
    public void on(RunFinished event) {
        String job = event.request().jobName();
        try {
            OperationsSettings settings = operations.of(job);
            if (settings.alerts().hasChannels()) {
                alert(event, settings.alerts());
            }
        } catch (RuntimeException e) {
            log.error("operator alerts of {} for {} failed; the run's outcome stands", job,
                    event.request().businessDate(), e);
        }
    }

    private void alert(RunFinished event, AlertSettings settings) {
        Optional<String> status = RunFigures.status(event.outcome().result());
        if (status.isEmpty()) {
            return;
        }
        RunFacts facts = facts(event, status.get());
        List<AlertCondition> conditions = AlertConditions.holding(settings.when(), facts);
        if (conditions.isEmpty()) {
            return;
        }
        String job = event.request().jobName();
        JobExecution execution = event.outcome().execution();
        String runId = runId(event);
        // one alert per run attempt: a restarted run that fails again is a new attempt
        String key = job + "/" + runId + "/" + (execution == null ? "before-start-" + System.currentTimeMillis()
                : "execution-" + execution.getId());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("job", job);
        payload.put("business_date", event.request().businessDate().toString());
        payload.put("run_id", runId);
        payload.put("status", status.get());
        payload.put("conditions", conditions);
        String body = JSON.writeValueAsString(payload);
        AlertDeliveries.Alert alert = new AlertDeliveries.Alert(key, job, event.request().businessDate(), runId,
                status.get(), conditions.stream().map(AlertCondition::rule).distinct()
                        .collect(Collectors.joining(",")));
        RetryPolicy policy = RetryPolicy.defaults().withTimeout(settings.timeout()).withRetries(settings.retries());
        try (WebhookSender sender = new WebhookSender(Math.max(1, settings.webhooks().size()))) {
            int index = 0;
            for (AlertSettings.Webhook webhook : settings.webhooks()) {
                String channel = webhook.url().toString();
                String webhookId = "alert_" + key.replaceAll("[^A-Za-z0-9_-]", "_") + "_" + index++;
                deliver(alert, channel, webhookId, () -> send(sender, webhook, webhookId, body, policy));
            }
        }
        for (String command : settings.commands()) {
            deliver(alert, command, null, () -> AlertCommand.run(command, body, policy));
        }
    }

    private void deliver(AlertDeliveries.Alert alert, String channel, String webhookId,
            java.util.function.Supplier<ChannelOutcome> send) {
        if (alreadyDelivered(alert, channel)) {
            return;
        }
        ChannelOutcome outcome = send.get();
        if (outcome.delivered()) {
            console.info("alert {} ({}) delivered to {}", alert.runId(), alert.rules(), channel);
        } else {
            console.warn("alert {} ({}) not delivered to {} after {} attempts: {}", alert.runId(), alert.rules(),
                    channel, outcome.attempts(), outcome.lastError());
        }
        try {
            deliveries.record(alert, channel, webhookId, outcome);
        } catch (RuntimeException e) {
            log.warn("alert {} to {}: cannot record the delivery: {}", alert.runId(), channel, e.getMessage());
        }
    }

    private boolean alreadyDelivered(AlertDeliveries.Alert alert, String channel) {
        try {
            return deliveries.delivered(alert.key(), channel);
        } catch (RuntimeException e) {
            // the database may be why the run failed: the alert still goes out
            return false;
        }
    }

    private static ChannelOutcome send(WebhookSender sender, AlertSettings.Webhook webhook, String id, String body,
            RetryPolicy policy) {
        WebhookSecret secret;
        try {
            secret = WebhookSecret.fromEnvironment(webhook.secretEnv());
        } catch (IllegalArgumentException e) {
            return new ChannelOutcome(false, 0, null, e.getMessage());
        }
        WebhookOutcome outcome = sender.send(new WebhookRequest(webhook.url(), secret, id, body), policy);
        return new ChannelOutcome(outcome.delivered(), outcome.attempts(),
                outcome.lastStatus() == 0 ? null : outcome.lastStatus(), outcome.lastError());
    }

    private static RunFacts facts(RunFinished event, String status) {
        JobExecution execution = event.outcome().execution();
        Duration duration = execution == null || execution.getStartTime() == null ? Duration.ZERO
                : Duration.between(instant(execution.getStartTime()), execution.getEndTime() == null
                        ? java.time.Instant.now() : instant(execution.getEndTime()));
        long critical = 0;
        long notUsable = 0;
        Map<String, long[]> rows = new LinkedHashMap<>();
        Map<String, Long> discrepancies = new LinkedHashMap<>();
        Path folder = event.outcome().reportFolder();
        if (RunFacts.COMPLETED.equals(status) && folder != null) {
            try {
                for (Sample sample : CompletedRunFigures.read(event.request().jobName(), folder)) {
                    long value = (long) sample.value();
                    Map<String, String> labels = sample.labels();
                    switch (sample.series()) {
                        case ALERTS -> critical += "CRITICAL".equals(labels.get("tier")) ? value : 0;
                        case FEEDS -> notUsable += "usable".equals(labels.get("status")) ? 0 : value;
                        case DISCREPANCIES -> discrepancies.put(labels.get("type"), value);
                        case ROWS -> {
                            long[] counts = rows.computeIfAbsent(labels.get("source"), source -> new long[2]);
                            if ("read".equals(labels.get("outcome"))) {
                                counts[0] = value;
                            } else if ("rejected".equals(labels.get("outcome"))) {
                                counts[1] = value;
                            }
                        }
                        default -> {
                        }
                    }
                }
            } catch (IOException e) {
                log.warn("alerts of {}: cannot read the summary of {}: {}", event.request().jobName(), folder,
                        e.getMessage());
            }
        }
        return new RunFacts(status, event.outcome().message(), duration, critical, rows, notUsable, discrepancies);
    }

    private static String runId(RunFinished event) {
        JobExecution execution = event.outcome().execution();
        Long rerun = execution == null ? null : execution.getJobParameters().getLong(RunContext.RERUN);
        return RunContext.runLabel(event.request().businessDate(), rerun == null ? 0 : rerun);
    }

    private static java.time.Instant instant(LocalDateTime time) {
        return time.atZone(ZoneId.systemDefault()).toInstant();
    }
}
