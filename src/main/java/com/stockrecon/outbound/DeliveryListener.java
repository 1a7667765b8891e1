package com.stockrecon.outbound;

import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.stockrecon.outbound.Deliveries.DeliveryReport;
import com.stockrecon.runs.RunFinished;
import com.stockrecon.runs.RunOutcome.Result;

/**
 * After a reconcile request whose date has completed (now, or before: then what a killed delivery left
 * is sent), delivers to the targets. Never throws and never touches the run's outcome.
 */
@Component
public class DeliveryListener {

    public static final int ORDER = 100;

    private static final Logger log = LoggerFactory.getLogger(DeliveryListener.class);
    private static final Logger console = LoggerFactory.getLogger("stockrecon.progress");

    private final Deliveries deliveries;
    private final OutboundSettings settings;

    public DeliveryListener(Deliveries deliveries, OutboundSettings settings) {
        this.deliveries = deliveries;
        this.settings = settings;
    }

    @EventListener
    @Order(ORDER)
    public void onRunFinished(RunFinished finished) {
        Result result = finished.outcome().result();
        if (result != Result.COMPLETED && result != Result.ALREADY_COMPLETED) {
            return;
        }
        Path jobsDir = settings.jobsDir() != null ? settings.jobsDir()
                : finished.request().layout().feedDefinitions() != null
                        ? finished.request().layout().feedDefinitions().getParent() : null;
        if (jobsDir == null) {
            return;
        }
        try {
            Optional<DeliveryReport> report = deliveries.deliver(finished.request().jobName(),
                    finished.request().businessDate(), jobsDir, null);
            report.filter(done -> done.total().total() > 0).ifPresent(done -> console.info("deliveries: {}",
                    DeliveryLines.summary(done)));
        } catch (RuntimeException | Error e) {
            console.info("deliveries: not attempted: {}", e.getMessage());
            log.error("deliveries of {} for {} failed; the run's outcome stands: {}", finished.request().jobName(),
                    finished.request().businessDate(), e.getMessage(), e);
        }
    }
}
