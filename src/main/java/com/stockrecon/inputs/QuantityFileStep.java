package com.stockrecon.inputs;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.stockrecon.inputs.woocommerce.WooCommerceExport;
import com.stockrecon.findings.DiscrepancyType;
import com.stockrecon.runs.RunContext;
import com.stockrecon.runs.StageLedger.StagedOutput;
import com.stockrecon.runs.StagedStep;
import com.stockrecon.runs.StepServices;
import com.stockrecon.staging.Staging;
import com.stockrecon.staging.WorkTable;
import com.stockrecon.findings.Findings;
import com.stockrecon.findings.SourceTally;
import com.stockrecon.inputs.csv.InputSource;
import com.stockrecon.inputs.csv.Cells;
import com.stockrecon.catalog.CatalogIndex;

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
        describeSource(file, run, fingerprint);
        fingerprint.add(run.policy().maxRejectRatio().toPlainString());
    }

    /** What a quantity file's rows depend on: the file, or the WooCommerce export on hand comes from. */
    static void describeSource(QuantityFile file, RunContext run, Fingerprint fingerprint) {
        if (fromWooCommerce(file, run)) {
            fingerprint.add(run.layout().catalog().encode());
            WooCommerceExport.candidates(run.inputDir(), run.layout().catalog()).forEach(fingerprint::file);
        } else {
            fingerprint.file(run.inputDir().resolve(file.fileName()));
        }
    }

    /** On hand comes from a WooCommerce export's Stock when the job reads its catalog from one. */
    private static boolean fromWooCommerce(QuantityFile file, RunContext run) {
        return file.equals(QuantityFile.ON_HAND) && run.layout().catalog().isWooCommerce();
    }

    /** A quantity file opened for reading, with where its sku, quantity and location are. */
    record OpenRows(InputSource input, QuantityRows rows, boolean canonical) implements AutoCloseable {

        @Override
        public void close() {
            input.close();
        }
    }

    static OpenRows open(QuantityFile file, RunContext run) {
        if (fromWooCommerce(file, run)) {
            WooCommerceExport export = WooCommerceExport.locate(run.inputDir(), run.layout().catalog());
            InputSource input = export.openStock();
            return new OpenRows(input, QuantityRows.wooCommerce(export, input), false);
        }
        InputSource input = InputSource.open(run.inputDir().resolve(file.fileName()), file.fileName(),
                List.of("sku", "quantity"), file.optionalColumns());
        return new OpenRows(input, QuantityRows.canonical(input), true);
    }

    @Override
    protected List<StagedOutput> stage(Attempt attempt) {
        RunContext run = attempt.run();
        long runId = run.runId();
        CatalogIndex index = catalog.get(runId);
        SkuSums sums = new SkuSums(index);
        staging.recreate(file.sums(), runId);
        SourceTally tally;
        try (Findings findings = new Findings(staging, runId, name()); OpenRows open = open(file, run)) {
            InputSource input = open.input();
            QuantityRows rows = open.rows();
            int[] dates = !open.canonical() ? new int[0]
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
                sums.add(ordinal, qty);
                return null;
            });
        }
        RowLoop.failIfTooManyRejects(tally, run.policy().maxRejectRatio());
        sums.stage(staging, file.sums(), runId);
        List<StagedOutput> outputs = new ArrayList<>(InputFiles.FINDINGS);
        outputs.add(StagedOutput.table(file.sums()));
        return outputs;
    }
}
