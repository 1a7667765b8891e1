package com.stockrecon.inputs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.stockrecon.config.CatalogSource;
import com.stockrecon.inputs.csv.CsvRecord;
import com.stockrecon.inputs.woocommerce.WooCommerceExport;
import com.stockrecon.inputs.woocommerce.WooCommerceProducts;
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
import com.stockrecon.catalog.CatalogRow;
import com.stockrecon.catalog.CatalogIndex;

/**
 * Reads suppliers.csv and catalog.csv. A later duplicate sku (or supplier_id) is rejected; blank
 * optional cells stay blank here and take the policy default when stock is reconciled.
 */
@Component
public class CatalogStep extends StagedStep {

    public static final String NAME = "readCatalog";

    private static final List<String> CATALOG_OPTIONAL = List.of("name", "lead_time_days", "moq", "pack_size",
            "unit_cost", "critical_threshold", "low_threshold", "warning_threshold", "supplier_sku");

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
        fingerprint.file(run.inputDir().resolve(InputFiles.SUPPLIERS));
        CatalogSource source = run.layout().catalog();
        if (source.isWooCommerce()) {
            fingerprint.add(source.encode());
            WooCommerceExport.candidates(run.inputDir(), source).forEach(fingerprint::file);
        } else {
            fingerprint.file(run.inputDir().resolve(InputFiles.CATALOG));
        }
        fingerprint.add(run.policy().maxRejectRatio().toPlainString());
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
            catalog = run.layout().catalog().isWooCommerce() ? readWooCommerceCatalog(run, findings, monitor, index)
                    : readCatalog(run, findings, monitor, index);
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
                    throw new RowRejected("supplier_id: " + RowRejected.quoted(supplierId) + " repeats line " + earlier);
                }
                writer.row(supplierId, name < 0 ? "" : row.cell(name), age);
                return null;
            });
        }
    }

    private SourceTally readCatalog(RunContext run, Findings findings, StepMonitor monitor, CatalogIndex index) {
        try (InputSource input = InputSource.open(run.inputDir().resolve(InputFiles.CATALOG), InputFiles.CATALOG,
                List.of("sku", "supplier_id"), CATALOG_OPTIONAL);
                CatalogWriter writer = new CatalogWriter(run.runId(), index)) {
            int sku = input.column("sku");
            int supplier = input.column("supplier_id");
            int name = input.column("name");
            int lead = input.column("lead_time_days");
            int moq = input.column("moq");
            int pack = input.column("pack_size");
            int cost = input.column("unit_cost");
            int critical = input.column("critical_threshold");
            int low = input.column("low_threshold");
            int warning = input.column("warning_threshold");
            int supplierSku = input.column("supplier_sku");
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
                String theirs = supplierSku < 0 || row.cell(supplierSku).isEmpty() ? null : row.cell(supplierSku);
                String productName = name < 0 ? "" : row.cell(name);
                writer.add(new CatalogRow(code, supplierId, productName, leadTime, minimum, packSize, unitCost, criticalThreshold,
                        lowThreshold, warningThreshold, theirs), row.line());
                return null;
            });
        }
    }

    /** The catalog from a WooCommerce product export: its stock-keeping products; other rows ignored with why. */
    private SourceTally readWooCommerceCatalog(RunContext run, Findings findings, StepMonitor monitor,
            CatalogIndex index) {
        WooCommerceExport export = WooCommerceExport.locate(run.inputDir(), run.layout().catalog());
        try (InputSource input = export.openCatalog(); CatalogWriter writer = new CatalogWriter(run.runId(), index)) {
            WooCommerceProducts products = export.products(input);
            return RowLoop.run(input, findings, monitor, row -> {
                String notAProduct = products.notAProduct(row);
                if (notAProduct != null) {
                    return notAProduct;
                }
                writer.add(products.catalogRow(row), row.line());
                return null;
            });
        }
    }

    /**
     * Stages catalog rows into the index and the catalog table. A later duplicate sku is rejected, and
     * so is a supplier_sku that another SKU of the same supplier already has (a feed naming it could
     * not tell them apart).
     */
    private final class CatalogWriter implements AutoCloseable {

        private final CatalogIndex index;
        private final BulkWriter writer;
        private final LineNumbers lines = new LineNumbers();
        private final Map<String, Long> supplierSkus = new HashMap<>();

        CatalogWriter(long runId, CatalogIndex index) {
            this.index = index;
            this.writer = staging.writer(WorkTable.CATALOG, runId, "sku", "supplier_id", "name", "lead_time_days", "moq",
                    "pack_size", "unit_cost", "critical_threshold", "low_threshold", "warning_threshold",
                    "supplier_sku");
        }

        void add(CatalogRow row, long line) {
            int earlier = index.ordinal(row.sku());
            if (earlier >= 0) {
                throw new RowRejected("sku: " + RowRejected.quoted(row.sku()) + " repeats line " + lines.get(earlier));
            }
            if (row.supplierSku() != null) {
                Long first = supplierSkus.putIfAbsent(row.supplierId() + '\u0000' + row.supplierSku(), line);
                if (first != null) {
                    throw new RowRejected("supplier_sku: " + RowRejected.quoted(row.supplierSku()) + " of supplier " + row.supplierId()
                            + " repeats line " + first);
                }
            }
            int ordinal = index.add(row.sku(), row.supplierId());
            lines.set(ordinal, line);
            writer.row(row.sku(), row.supplierId(), row.name(), row.leadTimeDays(), row.moq(), row.packSize(),
                    row.unitCost() == null ? null : row.unitCost().toPlainString(), row.criticalThreshold(),
                    row.lowThreshold(), row.warningThreshold(), row.supplierSku());
        }

        @Override
        public void close() {
            writer.close();
        }
    }

    private static Long optional(CsvRecord row, int column, String name, long minimum) {
        return column < 0 ? null : Cells.optionalAtLeast(row.cell(column), name, minimum);
    }
}
