package com.stockrecon.reconciliation;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.stockrecon.config.Policy;
import com.stockrecon.feeds.FeedsStep;
import com.stockrecon.catalog.CatalogIndex;
import com.stockrecon.inputs.CatalogIndexCache;
import com.stockrecon.inputs.CatalogStep;
import com.stockrecon.inputs.CountsStep;
import com.stockrecon.findings.Findings;
import com.stockrecon.inputs.InputFiles;
import com.stockrecon.inputs.QuantityFile;
import com.stockrecon.inputs.SalesStep;
import com.stockrecon.runs.RunContext;
import com.stockrecon.runs.RunRegistry;
import com.stockrecon.runs.StageLedger.StagedOutput;
import com.stockrecon.runs.StagedStep;
import com.stockrecon.runs.StepMonitor;
import com.stockrecon.runs.StepServices;
import com.stockrecon.staging.BulkWriter;
import com.stockrecon.staging.Staging;
import com.stockrecon.staging.WorkTable;
import com.stockrecon.findings.DiscrepancyType;

/**
 * Brings together everything staged per catalog SKU, in SKU order, and applies the contract's rules: stock
 * figures, alert tier, purchase suggestion, and the SKU-level discrepancies (OVERSOLD,
 * MISSING_FROM_FEED, QTY_JUMP against the last completed run of an earlier date).
 */
@Component
public class ReconcileStep extends StagedStep {

    public static final String NAME = "reconcile";

    private final Staging staging;
    private final RunRegistry registry;
    private final CatalogIndexCache catalog;

    public ReconcileStep(StepServices services, RunRegistry registry, CatalogIndexCache catalog) {
        super(services);
        this.staging = services.staging();
        this.registry = registry;
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void describeInputs(RunContext run, Fingerprint fingerprint) {
        fingerprint.upstream(CatalogStep.NAME)
                .upstream(QuantityFile.ON_HAND.stepName())
                .upstream(QuantityFile.RESERVATIONS.stepName())
                .upstream(QuantityFile.IN_TRANSIT.stepName())
                .upstream(SalesStep.NAME)
                .upstream(CountsStep.NAME)
                .upstream(FeedsStep.NAME)
                .add(run.policy().encode())
                .add("baseline=" + registry.baselineBefore(run.jobName(), run.businessDate()).orElse(-1L));
    }

    @Override
    protected List<StagedOutput> stage(Attempt attempt) {
        RunContext run = attempt.run();
        long runId = run.runId();
        for (WorkTable table : List.of(WorkTable.RESULT, WorkTable.ALERTS, WorkTable.SUGGESTIONS)) {
            staging.recreate(table, runId);
        }
        Optional<Long> baseline = registry.baselineBefore(run.jobName(), run.businessDate());
        CatalogIndex index = catalog.get(runId);
        StagedFigures figures = StagedFigures.load(staging, runId, index, baseline);
        try (Findings findings = new Findings(staging, runId, NAME);
                BulkWriter results = staging.writer(WorkTable.RESULT, runId, "sku", "supplier_id", "on_hand",
                        "in_transit", "supplier_stock", "reserved", "available", "velocity", "days_of_supply", "name", "tier",
                        "order_qty", "pack_size", "unit_cost", "line_cost");
                BulkWriter alerts = staging.writer(WorkTable.ALERTS, runId, "tier_rank", "sku", "supplier_id", "tier",
                        "available", "days_of_supply", "reason");
                BulkWriter suggestions = staging.writer(WorkTable.SUGGESTIONS, runId, "supplier_id", "sku",
                        "order_qty", "raw_qty", "available", "velocity", "lead_time_days", "safety_stock",
                        "unit_cost", "line_cost")) {
            SkuRules rules = new SkuRules(run.policy(), index, figures, CatalogTerms.load(staging, runId, index),
                    findings, attempt.monitor(), results, alerts, suggestions);
            for (String sku : index.skusInOrder()) {
                rules.apply(sku);
            }
        }
        List<StagedOutput> outputs = new ArrayList<>(InputFiles.FINDINGS);
        outputs.add(StagedOutput.table(WorkTable.RESULT));
        outputs.add(StagedOutput.table(WorkTable.ALERTS));
        outputs.add(StagedOutput.table(WorkTable.SUGGESTIONS));
        return outputs;
    }

    /** Applies the rules to one catalog SKU and writes what follows from them. */
    private static final class SkuRules {

        private final Policy policy;
        private final CatalogIndex index;
        private final StagedFigures figures;
        private final CatalogTerms catalogTerms;
        private final Findings findings;
        private final StepMonitor monitor;
        private final BulkWriter results;
        private final BulkWriter alerts;
        private final BulkWriter suggestions;

        SkuRules(Policy policy, CatalogIndex index, StagedFigures figures, CatalogTerms catalogTerms,
                Findings findings, StepMonitor monitor, BulkWriter results, BulkWriter alerts,
                BulkWriter suggestions) {
            this.policy = policy;
            this.index = index;
            this.figures = figures;
            this.catalogTerms = catalogTerms;
            this.findings = findings;
            this.monitor = monitor;
            this.results = results;
            this.alerts = alerts;
            this.suggestions = suggestions;
        }

        void apply(String sku) {
            monitor.rowDone();
            int ordinal = index.ordinal(sku);
            String supplier = index.supplierOf(ordinal);
            StagedFigures.FeedState feed = figures.feedOf(supplier);
            String feedSource = feed == null ? null : feed.source();
            boolean usableFeed = feed != null && FeedsStep.USABLE.equals(feed.status());
            boolean inFeed = figures.inFeed[ordinal];
            long supplierStock = usableFeed && inFeed ? figures.feedQuantity[ordinal] : 0;
            StockPosition position = new StockPosition(figures.onHand[ordinal], figures.inTransit[ordinal],
                    supplierStock, figures.reserved[ordinal], figures.windowSales[ordinal]);
            SkuTerms terms = catalogTerms.of(ordinal, policy);

            long available = position.available();
            String velocity = position.velocity(policy.windowDays()).toPrintable().toPlainString();
            Ratio days = position.daysOfSupply(policy.windowDays(), policy.minVelocity());
            String daysText = days.toPrintable().toPlainString();
            Optional<Alert> alert = AlertRule.evaluate(available, days, terms, policy);
            alert.ifPresent(found -> alerts.row(found.tier().rank(), sku, supplier, found.tier().name(), available,
                    daysText, found.reason()));

            Optional<PurchaseSuggestion> suggestion = PurchaseSuggestionPolicy.suggest(position, days, terms, policy);
            String unitCost = terms.unitCost().setScale(2, RoundingMode.HALF_UP).toPlainString();
            suggestion.ifPresent(found -> suggestions.row(supplier, sku, found.orderQty(),
                    found.raw().toPrintable().toPlainString(), available, velocity, found.leadTimeDays(),
                    found.safetyStock().toPrintable().toPlainString(), unitCost, found.lineCost().toPlainString()));

            results.row(sku, supplier, position.onHand(), position.inTransit(), supplierStock, position.reserved(),
                    available, velocity, daysText, catalogTerms.name(ordinal),
                    alert.map(found -> found.tier().name()).orElse(null),
                    suggestion.map(PurchaseSuggestion::orderQty).orElse(null), terms.packSize(), unitCost,
                    suggestion.map(found -> found.lineCost().toPlainString()).orElse(null));

            if (position.oversold()) {
                findings.discrepancy(DiscrepancyType.OVERSOLD, InputFiles.RESERVATIONS, supplier, sku, "0",
                        Long.toString(position.net()), "reserved " + position.reserved() + " exceeds on_hand "
                                + position.onHand() + " + in_transit " + position.inTransit() + " + supplier_stock "
                                + supplierStock + "; available is 0",
                        0);
            }
            if (usableFeed && !inFeed) {
                findings.discrepancy(DiscrepancyType.MISSING_FROM_FEED, feedSource, supplier, sku, "", "",
                        "not in the current feed " + feedSource + "; supplier_stock is 0", 0);
            }
            long previous = figures.previousSupplierStock[ordinal];
            if (figures.hasPrevious[ordinal] && QtyJumpRule.isJump(previous, supplierStock, policy)) {
                findings.discrepancy(DiscrepancyType.QTY_JUMP, feedSource == null ? "" : feedSource, supplier, sku,
                        Long.toString(previous), Long.toString(supplierStock),
                        "supplier_stock moved from " + previous + " to " + supplierStock
                                + " since the last completed run",
                        0);
            }
        }
    }
}
