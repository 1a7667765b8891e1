package com.stockrecon.inputs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.stockrecon.inputs.csv.CsvRecord;
import com.stockrecon.findings.DiscrepancyType;
import com.stockrecon.runs.RunContext;
import com.stockrecon.runs.StageLedger.StagedOutput;
import com.stockrecon.runs.StagedStep;
import com.stockrecon.runs.StepMonitor;
import com.stockrecon.runs.StepServices;
import com.stockrecon.staging.BulkWriter;
import com.stockrecon.staging.Staging;
import com.stockrecon.staging.WorkTable;
import com.stockrecon.findings.Findings;
import com.stockrecon.findings.SourceTally;
import com.stockrecon.findings.RowRejected;
import com.stockrecon.inputs.csv.InputSource;
import com.stockrecon.inputs.csv.Cells;
import com.stockrecon.catalog.CatalogIndex;

/**
 * Holds the optional cycle counts against on hand: a counted quantity that differs from the on-hand
 * quantity at that SKU and location is a COUNT_MISMATCH (reported only). On hand per location is
 * staged here, for the counted SKUs only. Several count rows for the
 * same SKU and location are summed, as on-hand rows are.
 */
@Component
public class CountsStep extends StagedStep {

    public static final String NAME = "readCounts";

    private final Staging staging;
    private final CatalogIndexCache catalog;

    public CountsStep(StepServices services, CatalogIndexCache catalog) {
        super(services);
        this.staging = services.staging();
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void describeInputs(RunContext run, Fingerprint fingerprint) {
        fingerprint.upstream(CatalogStep.NAME)
                .file(run.inputDir().resolve(InputFiles.COUNTS))
                .add(run.policy().maxRejectRatio().toPlainString());
        QuantityFileStep.describeSource(QuantityFile.ON_HAND, run, fingerprint);
    }

    @Override
    protected List<StagedOutput> stage(Attempt attempt) {
        RunContext run = attempt.run();
        long runId = run.runId();
        staging.recreate(WorkTable.COUNTS, runId);
        staging.recreate(WorkTable.ON_HAND_BY_LOCATION, runId);
        Path file = run.inputDir().resolve(InputFiles.COUNTS);
        List<StagedOutput> outputs = new ArrayList<>(InputFiles.FINDINGS);
        outputs.add(StagedOutput.table(WorkTable.COUNTS));
        outputs.add(StagedOutput.table(WorkTable.ON_HAND_BY_LOCATION));
        try (Findings findings = new Findings(staging, runId, NAME)) {
            if (!Files.exists(file)) {
                return outputs;
            }
            CatalogIndex index = catalog.get(runId);
            Map<String, long[]> counted = new LinkedHashMap<>();
            SourceTally tally;
            try (InputSource input = InputSource.open(file, InputFiles.COUNTS, List.of("sku", "location",
                    "counted_qty"), List.of())) {
                int sku = input.column("sku");
                int location = input.column("location");
                int quantity = input.column("counted_qty");
                tally = RowLoop.run(input, findings, attempt.monitor(), row -> {
                    String code = Cells.required(row.cell(sku), "sku");
                    String place = Cells.required(row.cell(location), "location");
                    long qty = Cells.nonNegative(row.cell(quantity), "counted_qty");
                    if (index.ordinal(code) < 0) {
                        findings.discrepancy(DiscrepancyType.UNKNOWN_SKU, InputFiles.COUNTS, "", code, "",
                                Long.toString(qty), "line " + row.line() + ": sku is not in the catalog", row.line());
                        return InputFiles.UNKNOWN_SKU;
                    }
                    long[] entry = counted.computeIfAbsent(code + '\u0000' + place, key -> new long[] {0, row.line()});
                    entry[0] = Math.addExact(entry[0], qty);
                    return null;
                });
            }
            RowLoop.failIfTooManyRejects(tally, run.policy().maxRejectRatio());
            try (BulkWriter writer = staging.writer(WorkTable.COUNTS, runId, "sku", "location", "counted", "line")) {
                counted.forEach((key, entry) -> {
                    int split = key.indexOf('\u0000');
                    writer.row(key.substring(0, split), key.substring(split + 1), entry[0], entry[1]);
                });
            }
            boolean[] countedSkus = new boolean[index.size()];
            counted.keySet().forEach(key -> countedSkus[index.ordinal(key.substring(0, key.indexOf('\u0000')))] = true);
            stageOnHandOfCountedSkus(run, index, countedSkus, attempt.monitor());
            reportMismatches(runId, findings, index);
        }
        return outputs;
    }

    /**
     * On hand per location, for the counted SKUs only: a second reading of the on-hand rows (the
     * on-hand step has accounted for them; rows it rejected are skipped here).
     */
    private void stageOnHandOfCountedSkus(RunContext run, CatalogIndex index, boolean[] counted,
            StepMonitor monitor) {
        long runId = run.runId();
        try (QuantityFileStep.OpenRows open = QuantityFileStep.open(QuantityFile.ON_HAND, run);
                BulkWriter writer = staging.writer(WorkTable.ON_HAND_BY_LOCATION, runId, "sku", "location",
                        "qty")) {
            QuantityRows rows = open.rows();
            for (CsvRecord record = open.input().next(); record != null; record = open.input().next()) {
                monitor.rowDone();
                if (record.problem() != null || record.size() != open.input().width()) {
                    continue;
                }
                try {
                    if (rows.notCounted(record) == null) {
                        String sku = rows.sku(record);
                        int ordinal = index.ordinal(sku);
                        if (ordinal >= 0 && counted[ordinal]) {
                            writer.row(sku, rows.location(record), rows.quantity(record));
                        }
                    }
                } catch (RowRejected rejected) {
                    // rejected by the on-hand step, which reports it
                }
            }
        }
        staging.jdbc().execute("CREATE INDEX " + WorkTable.ON_HAND_BY_LOCATION.in(runId) + "_ix ON "
                + WorkTable.ON_HAND_BY_LOCATION.in(runId) + " (sku, location)");
    }

    private void reportMismatches(long runId, Findings findings, CatalogIndex index) {
        String counts = WorkTable.COUNTS.in(runId);
        String onHand = WorkTable.ON_HAND_BY_LOCATION.in(runId);
        String sql = "SELECT c.sku, c.location, c.counted, c.line, COALESCE((SELECT SUM(o.qty) FROM " + onHand
                + " o WHERE o.sku = c.sku AND o.location = c.location), 0) AS on_hand FROM " + counts + " c";
        staging.stream(sql, row -> {
            long countedQty = row.getLong("counted");
            long onHandQty = row.getLong("on_hand");
            if (countedQty != onHandQty) {
                String location = row.getString("location");
                String sku = row.getString("sku");
                findings.discrepancy(DiscrepancyType.COUNT_MISMATCH, InputFiles.COUNTS,
                        index.supplierOf(index.ordinal(sku)), sku,
                        Long.toString(onHandQty), Long.toString(countedQty),
                        "location " + location + ": on hand " + onHandQty + ", counted " + countedQty,
                        row.getLong("line"));
            }
        });
    }
}
