package com.stockrecon.inputs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.stockrecon.inputs.csv.CsvRecord;
import com.stockrecon.runs.RunContext;
import com.stockrecon.runs.StageLedger.StagedOutput;
import com.stockrecon.runs.StagedStep;
import com.stockrecon.runs.StepMonitor;
import com.stockrecon.runs.StepServices;
import com.stockrecon.staging.BulkWriter;
import com.stockrecon.staging.Staging;
import com.stockrecon.staging.WorkTable;

/**
 * Reads suppliers.csv and catalog.csv. A later duplicate sku (or supplier_id) is rejected; blank
 * optional cells stay blank here and take the policy default when stock is reconciled.
 */
@Component
public class CatalogStep extends StagedStep {

    public static final String NAME = "readCatalog";

    private static final List<String> CATALOG_OPTIONAL = List.of("name", "lead_time_days", "moq", "pack_size",
            "unit_cost", "critical_threshold", "low_threshold", "warning_threshold");

    private final Staging staging;
    private final CatalogIndexCache cache;

    public CatalogStep(StepServices services, CatalogIndexCache cache) {
        super(services);
        this.staging = services.staging();
        this.cache = cache;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void describeInputs(RunContext run, Fingerprint fingerprint) {
        fingerprint.file(run.inputDir().resolve(InputFiles.SUPPLIERS))
                .file(run.inputDir().resolve(InputFiles.CATALOG))
                .add(run.policy().maxRejectRatio().toPlainString());
    }

    @Override
    protected List<StagedOutput> stage(Attempt attempt) {
        RunContext run = attempt.run();
        StepMonitor monitor = attempt.monitor();
        long runId = run.runId();
        staging.recreate(WorkTable.SUPPLIERS, runId);
        staging.recreate(WorkTable.CATALOG, runId);
        CatalogIndex index = new CatalogIndex(1 << 16);
        SourceTally suppliers;
        SourceTally catalog;
        try (Findings findings = new Findings(staging, runId, NAME)) {
            suppliers = readSuppliers(run, findings, monitor);
            catalog = readCatalog(run, findings, monitor, index);
        }
        RowLoop.failIfTooManyRejects(suppliers, run.policy().maxRejectRatio());
        RowLoop.failIfTooManyRejects(catalog, run.policy().maxRejectRatio());
        cache.put(runId, attempt.fingerprint(), index);
        List<StagedOutput> outputs = new ArrayList<>(InputFiles.FINDINGS);
        outputs.add(StagedOutput.table(WorkTable.SUPPLIERS));
        outputs.add(StagedOutput.table(WorkTable.CATALOG));
        return outputs;
    }

    private SourceTally readSuppliers(RunContext run, Findings findings, StepMonitor monitor) {
        Map<String, Long> firstLine = new HashMap<>();
        try (InputSource input = InputSource.open(run.inputDir().resolve(InputFiles.SUPPLIERS), InputFiles.SUPPLIERS,
                List.of("supplier_id"), List.of("name", "max_feed_age_hours"));
                BulkWriter writer = staging.writer(WorkTable.SUPPLIERS, run.runId(), "supplier_id", "name",
                        "max_feed_age_hours")) {
            int id = input.column("supplier_id");
            int name = input.column("name");
            int maxAge = input.column("max_feed_age_hours");
            return RowLoop.run(input, findings, monitor, (CsvRecord row) -> {
                String supplierId = Cells.required(row.cell(id), "supplier_id");
                Long age = maxAge < 0 ? null : Cells.optionalAtLeast(row.cell(maxAge), "max_feed_age_hours", 0);
                Long earlier = firstLine.putIfAbsent(supplierId, row.line());
                if (earlier != null) {
                    throw new RowRejected("supplier_id: '" + supplierId + "' repeats line " + earlier);
                }
                writer.row(supplierId, name < 0 ? "" : row.cell(name), age);
                return null;
            });
        }
    }

    private SourceTally readCatalog(RunContext run, Findings findings, StepMonitor monitor, CatalogIndex index) {
        try (InputSource input = InputSource.open(run.inputDir().resolve(InputFiles.CATALOG), InputFiles.CATALOG,
                List.of("sku", "supplier_id"), CATALOG_OPTIONAL);
                BulkWriter writer = staging.writer(WorkTable.CATALOG, run.runId(), "sku", "supplier_id",
                        "lead_time_days", "moq", "pack_size", "unit_cost", "critical_threshold", "low_threshold",
                        "warning_threshold")) {
            int sku = input.column("sku");
            int supplier = input.column("supplier_id");
            int lead = input.column("lead_time_days");
            int moq = input.column("moq");
            int pack = input.column("pack_size");
            int cost = input.column("unit_cost");
            int critical = input.column("critical_threshold");
            int low = input.column("low_threshold");
            int warning = input.column("warning_threshold");
            LineNumbers lines = new LineNumbers();
            return RowLoop.run(input, findings, monitor, row -> {
                String code = Cells.required(row.cell(sku), "sku");
                String supplierId = Cells.required(row.cell(supplier), "supplier_id");
                Long leadTime = optional(row, lead, "lead_time_days", 0);
                Long minimum = optional(row, moq, "moq", 0);
                Long packSize = optional(row, pack, "pack_size", 1);
                java.math.BigDecimal unitCost = cost < 0 ? null : Cells.optionalDecimal(row.cell(cost), "unit_cost");
                Long criticalThreshold = optional(row, critical, "critical_threshold", 0);
                Long lowThreshold = optional(row, low, "low_threshold", 0);
                Long warningThreshold = optional(row, warning, "warning_threshold", 0);
                int ordinal = index.add(code, supplierId);
                if (ordinal < 0) {
                    throw new RowRejected("sku: '" + code + "' repeats line " + lines.get(-ordinal - 1));
                }
                lines.set(ordinal, row.line());
                writer.row(code, supplierId, leadTime, minimum, packSize,
                        unitCost == null ? null : unitCost.toPlainString(), criticalThreshold, lowThreshold,
                        warningThreshold);
                return null;
            });
        }
    }

    private static Long optional(CsvRecord row, int column, String name, long minimum) {
        return column < 0 ? null : Cells.optionalAtLeast(row.cell(column), name, minimum);
    }
}
