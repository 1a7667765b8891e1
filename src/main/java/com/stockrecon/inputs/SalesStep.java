package com.stockrecon.inputs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

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
 * Sums sales per catalog SKU over the window D-W .. D-1, in one pass and in memory proportional to
 * the catalog, not to the sales file. Returns are negative quantities. Rows dated outside the window
 * are well-formed and accepted, they just do not count; rows for SKUs outside the catalog are
 * ignored and counted, not reported one by one.
 */
@Component
public class SalesStep extends StagedStep {

    public static final String NAME = "readSales";

    private final Staging staging;
    private final CatalogIndexCache catalog;

    public SalesStep(StepServices services, CatalogIndexCache catalog) {
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
                .file(run.inputDir().resolve(InputFiles.SALES))
                .add(run.businessDate().toString())
                .add(Integer.toString(run.policy().windowDays()))
                .add(run.policy().maxRejectRatio().toPlainString());
    }

    @Override
    protected List<StagedOutput> stage(Attempt attempt) {
        RunContext run = attempt.run();
        long runId = run.runId();
        CatalogIndex index = catalog.get(runId);
        SkuSums sums = new SkuSums(index);
        LocalDate first = run.businessDate().minusDays(run.policy().windowDays());
        LocalDate last = run.businessDate().minusDays(1);
        Cells cells = new Cells();
        staging.recreate(WorkTable.SALES, runId);
        SourceTally tally;
        try (Findings findings = new Findings(staging, runId, NAME);
                InputSource input = InputSource.open(run.inputDir().resolve(InputFiles.SALES), InputFiles.SALES,
                        List.of("date", "sku", "quantity"), List.of())) {
            int date = input.column("date");
            int sku = input.column("sku");
            int quantity = input.column("quantity");
            tally = RowLoop.run(input, findings, attempt.monitor(), row -> {
                LocalDate day = cells.isoDate(row.cell(date), "date");
                String code = Cells.required(row.cell(sku), "sku");
                long qty = Cells.wholeNumber(row.cell(quantity), "quantity");
                int ordinal = index.ordinal(code);
                if (ordinal < 0) {
                    return InputFiles.UNKNOWN_SKU;
                }
                if (!day.isBefore(first) && !day.isAfter(last)) {
                    sums.add(ordinal, qty);
                }
                return null;
            });
        }
        RowLoop.failIfTooManyRejects(tally, run.policy().maxRejectRatio());
        sums.stage(staging, WorkTable.SALES, runId);
        List<StagedOutput> outputs = new ArrayList<>(InputFiles.FINDINGS);
        outputs.add(StagedOutput.table(WorkTable.SALES));
        return outputs;
    }
}
