package com.stockrecon.inputs;

import java.util.List;

import com.stockrecon.runs.StageLedger.StagedOutput;
import com.stockrecon.staging.WorkTable;

/** Names and columns of the canonical input files (contract §1). */
public final class InputFiles {

    public static final String CATALOG = "catalog.csv";
    public static final String SUPPLIERS = "suppliers.csv";
    public static final String ON_HAND = "on_hand.csv";
    public static final String RESERVATIONS = "reservations.csv";
    public static final String IN_TRANSIT = "in_transit.csv";
    public static final String SALES = "sales.csv";
    public static final String COUNTS = "counts.csv";
    public static final String FEEDS = "feeds";

    public static final String UNKNOWN_SKU = "unknown_sku";

    /** The shared tables every loading step writes its own rows into. */
    public static final List<StagedOutput> FINDINGS = List.of(
            StagedOutput.rowsOfStep(WorkTable.SOURCES),
            StagedOutput.rowsOfStep(WorkTable.REJECTS),
            StagedOutput.rowsOfStep(WorkTable.DISCREPANCIES));

    private InputFiles() {
    }
}
