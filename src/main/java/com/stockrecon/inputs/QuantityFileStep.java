package com.stockrecon.inputs;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.stockrecon.inputs.woocommerce.WooCommerceExport;
import com.stockrecon.reconciliation.DiscrepancyType;
import com.stockrecon.runs.RunContext;
import com.stockrecon.runs.StageLedger.StagedOutput;
import com.stockrecon.runs.StagedStep;
import com.stockrecon.runs.StepServices;
import com.stockrecon.staging.BulkWriter;
import com.stockrecon.staging.Staging;
import com.stockrecon.staging.WorkTable;

/**
 * Sums a quantity file per catalog SKU. Quantities are whole and not negative; a well-formed row
 * naming a SKU outside the catalog is not used and becomes an UNKNOWN_SKU discrepancy. On-hand rows
 * are also kept per location when the input has cycle counts to hold them against.
 */
public class QuantityFileStep extends StagedStep {

    private final QuantityFile file;
    private final Staging staging;
    private final CatalogIndexCache catalog;

    public QuantityFileStep(QuantityFile file, StepServices services, CatalogIndexCache catalog) {
        super(services);
        this.file = file;
        this.staging = services.staging();
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return file.stepName();
    }

    @Override
    protected void describeInputs(RunContext run, Fingerprint fingerprint) {
        fingerprint.upstream(CatalogStep.NAME);
        if (fromWooCommerce(run)) {
            fingerprint.add(run.layout().catalog().encode());
            WooCommerceExport.candidates(run.inputDir(), run.layout().catalog()).forEach(fingerprint::file);
        } else {
            fingerprint.file(run.inputDir().resolve(file.fileName()));
        }
        if (file.locations()) {
            // which SKUs are kept per location follows the counts file
            fingerprint.file(run.inputDir().resolve(InputFiles.COUNTS));
        }
        fingerprint.add(Boolean.toString(keepsLocations(run)))
                .add(run.policy().maxRejectRatio().toPlainString());
    }

    /** On hand comes from a WooCommerce export's Stock when the job reads its catalog from one. */
    private boolean fromWooCommerce(RunContext run) {
        return file.equals(QuantityFile.ON_HAND) && run.layout().catalog().isWooCommerce();
    }

    private boolean keepsLocations(RunContext run) {
        return file.locations() && Files.isRegularFile(run.inputDir().resolve(InputFiles.COUNTS));
    }

    /**
     * The catalog SKUs that cycle counts name: only their on-hand rows are kept per location, so that
     * a count of a few hundred SKUs does not stage every on-hand row a second time.
     */
    private static boolean[] countedSkus(java.nio.file.Path counts, CatalogIndex index) {
        boolean[] counted = new boolean[index.size()];
        try (InputSource input = InputSource.open(counts, InputFiles.COUNTS, List.of("sku"), List.of())) {
            int sku = input.column("sku");
            for (var record = input.next(); record != null; record = input.next()) {
                int ordinal = sku < record.size() ? index.ordinal(record.cell(sku)) : -1;
                if (ordinal >= 0) {
                    counted[ordinal] = true;
                }
            }
        }
        return counted;
    }

    @Override
    protected List<StagedOutput> stage(Attempt attempt) {
        RunContext run = attempt.run();
        long runId = run.runId();
        CatalogIndex index = catalog.get(runId);
        long[] sums = new long[index.size()];
        boolean[] seen = new boolean[index.size()];
        boolean byLocation = keepsLocations(run);
        boolean[] counted = byLocation ? countedSkus(run.inputDir().resolve(InputFiles.COUNTS), index) : null;
        staging.recreate(file.sums(), runId);
        if (file.locations()) {
            staging.recreate(WorkTable.ON_HAND_BY_LOCATION, runId);
        }
        SourceTally tally;
        WooCommerceExport export = fromWooCommerce(run)
                ? WooCommerceExport.locate(run.inputDir(), run.layout().catalog()) : null;
        try (Findings findings = new Findings(staging, runId, name());
                InputSource input = export != null ? export.openStock()
                        : InputSource.open(run.inputDir().resolve(file.fileName()), file.fileName(),
                                List.of("sku", "quantity"), file.optionalColumns());
                BulkWriter locations = byLocation ? staging.writer(WorkTable.ON_HAND_BY_LOCATION, runId, "sku",
                        "location", "qty") : null) {
            QuantityRows rows = export != null ? QuantityRows.wooCommerce(export, input)
                    : QuantityRows.canonical(input);
            int[] dates = export != null ? new int[0]
                    : file.dateColumns().stream().mapToInt(input::column).toArray();
            Cells cells = new Cells();
            tally = RowLoop.run(input, findings, attempt.monitor(), row -> {
                String notCounted = rows.notCounted(row);
                if (notCounted != null) {
                    return notCounted;
                }
                String code = rows.sku(row);
                long qty = rows.quantity(row);
                for (int i = 0; i < dates.length; i++) {
                    if (dates[i] >= 0 && !row.cell(dates[i]).isEmpty()) {
                        cells.isoDate(row.cell(dates[i]), file.dateColumns().get(i));
                    }
                }
                int ordinal = index.ordinal(code);
                if (ordinal < 0) {
                    findings.discrepancy(DiscrepancyType.UNKNOWN_SKU, input.source(), "", code, "",
                            Long.toString(qty), "line " + row.line() + ": sku is not in the catalog", row.line());
                    return InputFiles.UNKNOWN_SKU;
                }
                sums[ordinal] = Math.addExact(sums[ordinal], qty);
                seen[ordinal] = true;
                if (locations != null && counted[ordinal]) {
                    locations.row(code, rows.location(row), qty);
                }
                return null;
            });
        }
        RowLoop.failIfTooManyRejects(tally, run.policy().maxRejectRatio());
        try (BulkWriter writer = staging.writer(file.sums(), runId, "sku", "qty")) {
            for (int ordinal = 0; ordinal < sums.length; ordinal++) {
                if (seen[ordinal]) {
                    writer.row(index.sku(ordinal), sums[ordinal]);
                }
            }
        }
        List<StagedOutput> outputs = new ArrayList<>(InputFiles.FINDINGS);
        outputs.add(StagedOutput.table(file.sums()));
        if (byLocation) {
            staging.jdbc().execute("CREATE INDEX " + WorkTable.ON_HAND_BY_LOCATION.in(runId) + "_ix ON "
                    + WorkTable.ON_HAND_BY_LOCATION.in(runId) + " (sku, location)");
            outputs.add(StagedOutput.table(WorkTable.ON_HAND_BY_LOCATION));
        }
        return outputs;
    }
}
