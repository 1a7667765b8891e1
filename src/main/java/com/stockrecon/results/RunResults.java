package com.stockrecon.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.stockrecon.staging.Staging;
import com.stockrecon.staging.WorkTable;

/**
 * The per-SKU results of completed runs, in sku order (by code point): what the inventory API, the
 * deliveries and the next run's QTY_JUMP baseline read. A run's results are kept as long as it is
 * one of the newest dates' baseline.
 */
@Repository
public class RunResults {

    private static final String COLUMNS = "sku, supplier_id, name, on_hand, in_transit, supplier_stock, reserved,"
            + " available, velocity, days_of_supply, tier, order_qty, pack_size, unit_cost, line_cost";

    private final JdbcTemplate jdbc;
    private final Staging staging;

    public RunResults(JdbcTemplate jdbc, Staging staging) {
        this.jdbc = jdbc;
        this.staging = staging;
    }

    /** The completed run of the job's latest business date (its latest rerun), if any is kept. */
    public Optional<CompletedRun> latestCompleted(String jobName) {
        return jdbc.query("SELECT run_id, job_name, business_date, rerun FROM recon_run WHERE job_name = ?"
                + " AND completed_at IS NOT NULL AND baseline_kept = TRUE ORDER BY business_date DESC, rerun DESC"
                + " FETCH FIRST 1 ROWS ONLY", (row, n) -> new CompletedRun(row.getLong(1), row.getString(2),
                        row.getObject(3, java.time.LocalDate.class), row.getInt(4)), jobName).stream().findFirst();
    }

    /** Every SKU of the run, in sku order. */
    public void forEach(long runId, Consumer<SkuResult> action) {
        staging.stream("SELECT " + COLUMNS + " FROM " + WorkTable.RESULT.in(runId) + " ORDER BY sku",
                row -> action.accept(read(row)));
    }

    public Optional<SkuResult> find(long runId, String sku) {
        return jdbc.query("SELECT " + COLUMNS + " FROM " + WorkTable.RESULT.in(runId) + " WHERE sku = ?",
                (row, n) -> read(row), sku).stream().findFirst();
    }

    /** Up to {@code limit} SKUs after {@code afterSku} (exclusive; null: from the first) that pass the filter. */
    public List<SkuResult> page(long runId, String afterSku, int limit, Predicate<SkuResult> filter) {
        List<SkuResult> page = new ArrayList<>(Math.min(limit, 1_000));
        String after = afterSku;
        while (page.size() < limit) {
            List<SkuResult> batch = jdbc.query("SELECT " + COLUMNS + " FROM " + WorkTable.RESULT.in(runId)
                    + (after == null ? "" : " WHERE sku > ?") + " ORDER BY sku FETCH FIRST 1000 ROWS ONLY",
                    (row, n) -> read(row), after == null ? new Object[0] : new Object[] {after});
            for (SkuResult result : batch) {
                if (page.size() < limit && filter.test(result)) {
                    page.add(result);
                }
            }
            if (batch.size() < 1000) {
                break;
            }
            after = batch.get(batch.size() - 1).sku();
        }
        return page;
    }

    /**
     * Up to {@code limit} SKUs after {@code afterSku} (exclusive; null: from the first) of one supplier
     * (null: all) and, when {@code alertsOnly}, with an alert: filtered by the database, one query.
     */
    public List<SkuResult> page(long runId, String afterSku, int limit, String supplierId, boolean alertsOnly) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM " + WorkTable.RESULT.in(runId)
                + " WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (afterSku != null) {
            sql.append(" AND sku > ?");
            args.add(afterSku);
        }
        if (supplierId != null) {
            sql.append(" AND supplier_id = ?");
            args.add(supplierId);
        }
        if (alertsOnly) {
            sql.append(" AND tier IS NOT NULL");
        }
        sql.append(" ORDER BY sku FETCH FIRST ").append(Math.max(0, limit)).append(" ROWS ONLY");
        return jdbc.query(sql.toString(), (row, n) -> read(row), args.toArray());
    }

    /** The supplier of each of {@code skus} that the run's catalog has; SKUs it lacks are not in the map. */
    public Map<String, String> suppliersOf(long runId, Collection<String> skus) {
        Map<String, String> suppliers = new HashMap<>();
        List<String> all = new ArrayList<>(skus);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            jdbc.query("SELECT sku, supplier_id FROM " + WorkTable.RESULT.in(runId) + " WHERE sku IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")",
                    row -> {
                        suppliers.put(row.getString(1), row.getString(2));
                    }, chunk.toArray());
        }
        return suppliers;
    }

    private static SkuResult read(java.sql.ResultSet row) throws java.sql.SQLException {
        long orderQty = row.getLong(12);
        SkuResult.OrderLine order = row.wasNull() ? null
                : new SkuResult.OrderLine(orderQty, row.getLong(13), row.getString(14), row.getString(15));
        return new SkuResult(row.getString(1), row.getString(2), row.getString(3), row.getLong(4), row.getLong(5),
                row.getLong(6), row.getLong(7), row.getLong(8), row.getString(9), row.getString(10),
                row.getString(11), order);
    }
}
