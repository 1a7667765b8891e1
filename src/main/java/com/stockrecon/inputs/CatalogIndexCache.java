package com.stockrecon.inputs;

import org.springframework.stereotype.Component;

import com.stockrecon.runs.StageLedger;
import com.stockrecon.staging.Staging;
import com.stockrecon.staging.WorkTable;
import com.stockrecon.catalog.CatalogIndex;

/**
 * Keeps the catalog index of the run in progress, so that the loaders after the catalog step do not
 * each read a million SKUs back; a restarted process rebuilds it from the staged catalog.
 */
@Component
public class CatalogIndexCache {

    private final Staging staging;
    private final StageLedger ledger;
    private long runId = -1;
    private String fingerprint;
    private CatalogIndex index;

    public CatalogIndexCache(Staging staging, StageLedger ledger) {
        this.staging = staging;
        this.ledger = ledger;
    }

    public synchronized void put(long runId, String fingerprint, CatalogIndex index) {
        this.runId = runId;
        this.fingerprint = fingerprint;
        this.index = index;
    }

    /** The index of the catalog the run's catalog step staged. */
    public synchronized CatalogIndex get(long runId) {
        String fingerprint = ledger.fingerprint(runId, CatalogStep.NAME);
        if (this.runId == runId && fingerprint.equals(this.fingerprint)) {
            return index;
        }
        long rows = staging.count(WorkTable.CATALOG, runId, null);
        CatalogIndex loaded = new CatalogIndex((int) Math.max(16, rows));
        staging.stream("SELECT sku, supplier_id FROM " + WorkTable.CATALOG.in(runId),
                row -> loaded.add(row.getString(1), row.getString(2)));
        put(runId, fingerprint, loaded);
        return loaded;
    }
}
