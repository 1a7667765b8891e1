package com.stockrecon.outbound;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import com.stockrecon.config.ConfigurationException;
import com.stockrecon.outbound.ledger.DeliveryCounts;
import com.stockrecon.outbound.ledger.DeliveryLedger;
import com.stockrecon.outbound.ledger.DeliveryLedger.CompletedRunFolder;
import com.stockrecon.outbound.targets.DeliveryTarget;
import com.stockrecon.outbound.targets.DeliveryTarget.Kind;
import com.stockrecon.outbound.targets.DeliveryTargets;
import com.stockrecon.results.RunResults;
import com.stockrecon.results.SkuResult;
import com.stockrecon.runs.RunGuard;
import com.stockrecon.webhooks.WebhookSender;

/**
 * Sends what the newest completed run of a job and date has not delivered yet: availability batches to
 * each distributor, each supplier's order to its endpoint. Targets go one after the other, each within
 * its own delivery time (its retry policy's worst case), so a delivery lasts at most the targets' total.
 * Holds the date's run lock, so a reconcile and a {@code deliver} of the same date never send at once.
 */
@Component
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final RunResults results;
    private final DeliveryLedger ledger;
    private final RunGuard guard;
    private final OutboundSettings settings;
    private final SecretEnvironment environment;

    public Deliveries(RunResults results, DeliveryLedger ledger, RunGuard guard, OutboundSettings settings,
            SecretEnvironment environment) {
        this.results = results;
        this.ledger = ledger;
        this.guard = guard;
        this.settings = settings;
        this.environment = environment;
    }

    /**
     * Delivers for the date; {@code onlyTarget} (null for all) limits it to one target. Empty when the date
     * has no completed run. A bad target definition or an unknown target name is a ConfigurationException.
     */
    public Optional<DeliveryReport> deliver(String jobName, LocalDate businessDate, Path jobsDir, String onlyTarget) {
        List<DeliveryTarget> targets = DeliveryTargets.load(jobsDir);
        if (onlyTarget != null) {
            List<DeliveryTarget> named = targets.stream().filter(target -> target.name().equals(onlyTarget)).toList();
            if (named.isEmpty()) {
                throw new ConfigurationException("no delivery target named '" + onlyTarget + "' in " + jobsDir
                        + " (targets: " + String.join(", ", targets.stream().map(DeliveryTarget::name).toList()) + ")");
            }
            targets = named;
        }
        Optional<CompletedRunFolder> run = ledger.latestCompletedRun(jobName, businessDate);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        long runId = run.get().runId();
        if (targets.isEmpty()) {
            return Optional.of(new DeliveryReport(runId, Map.of(), ledger.counts(runId), null));
        }
        Optional<RunGuard.Lease> lease = guard.tryAcquire(jobName, businessDate);
        if (lease.isEmpty()) {
            return Optional.of(new DeliveryReport(runId, Map.of(), ledger.counts(runId), "another process is running or"
                    + " delivering " + jobName + " for " + businessDate + "; nothing sent"));
        }
        Map<String, DeliveryCounts> byTarget = new LinkedHashMap<>();
        String problem = null;
        try (RunGuard.Lease held = lease.get(); WebhookSender sender = new WebhookSender(settings.maxInFlight())) {
            for (DeliveryTarget target : targets) {
                if (target.kind() == Kind.DISTRIBUTOR) {
                    sendAvailability(sender, runId, businessDate, target);
                }
            }
            List<DeliveryTarget> orders = targets.stream().filter(target -> target.kind() == Kind.SUPPLIER_ORDER)
                    .toList();
            if (!orders.isEmpty()) {
                sendOrders(sender, runId, businessDate, orders);
            }
        } catch (DataAccessException e) {
            problem = "the results of run " + runId + " cannot be read (" + e.getMostSpecificCause().getMessage()
                    + "); a run's results are kept while it is one of the newest dates";
            log.error("deliveries of {} for {}: {}", jobName, businessDate, problem);
        }
        for (DeliveryTarget target : targets) {
            byTarget.put(target.name(), ledger.counts(runId, target.name()));
        }
        DeliveryCounts total = ledger.counts(runId);
        if (run.get().reportsDir() != null) {
            DeliverySummary.write(Path.of(run.get().reportsDir()), total, ledger.undeliveredTargets(runId));
        }
        return Optional.of(new DeliveryReport(runId, byTarget, total, problem));
    }

    private void sendAvailability(WebhookSender sender, long runId, LocalDate businessDate, DeliveryTarget target) {
        TargetDelivery delivery = new TargetDelivery(ledger, sender, runId, target,
                Instant.now().plus(target.policy().worstCase()), environment.variables(),
                settings.maxInFlight());
        List<SkuResult> batch = new ArrayList<>(Math.min(target.batchSize(), 10_000));
        int[] batchNo = {0};
        results.forEach(runId, result -> {
            if (target.filter().accepts(result.supplierId(), result.sku())) {
                batch.add(result);
                if (batch.size() == target.batchSize()) {
                    delivery.offer(batchNo[0]++, batch.size(),
                            DeliveryBodies.availability(target.subject(), businessDate, runId, batch));
                    batch.clear();
                }
            }
        });
        if (!batch.isEmpty()) {
            delivery.offer(batchNo[0], batch.size(), DeliveryBodies.availability(target.subject(), businessDate, runId,
                    batch));
        }
        delivery.finish();
    }

    private void sendOrders(WebhookSender sender, long runId, LocalDate businessDate, List<DeliveryTarget> targets) {
        Set<String> suppliers = new java.util.HashSet<>();
        targets.forEach(target -> suppliers.add(target.subject()));
        Map<String, List<SkuResult>> lines = new TreeMap<>();
        results.forEach(runId, result -> {
            if (result.order() != null && suppliers.contains(result.supplierId())) {
                lines.computeIfAbsent(result.supplierId(), supplier -> new ArrayList<>()).add(result);
            }
        });
        for (DeliveryTarget target : targets) {
            List<SkuResult> order = lines.getOrDefault(target.subject(), List.of());
            if (order.isEmpty()) {
                continue;
            }
            TargetDelivery delivery = new TargetDelivery(ledger, sender, runId, target,
                    Instant.now().plus(target.policy().worstCase()), environment.variables(),
                settings.maxInFlight());
            delivery.offer(0, order.size(), DeliveryBodies.purchaseOrder(target.subject(), businessDate, runId, order));
            delivery.finish();
        }
    }

    /**
     * What a delivery left: per target and in total. {@code problem} says why it could not be attempted in full.
     */
    public record DeliveryReport(long runId, Map<String, DeliveryCounts> byTarget, DeliveryCounts total,
            String problem) {

        /** Nothing was attempted: another process holds the date. */
        public boolean busy() {
            return problem != null && byTarget.isEmpty();
        }
    }
}
