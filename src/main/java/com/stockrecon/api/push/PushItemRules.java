package com.stockrecon.api.push;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.stockrecon.inputs.csv.Cells;
import com.stockrecon.findings.RowRejected;

/**
 * The items of a push judged as the rows of a feed are: sku required, quantity a whole number of at
 * most 12 digits and not negative, the sku in the catalog and of the pushing supplier; of a repeated
 * sku the last item counts and the earlier ones are {@code duplicate_sku}.
 */
public final class PushItemRules {

    private PushItemRules() {
    }

    /** Whether the catalog could hold the sku: not blank, no NUL (no database text holds one). */
    public static boolean mayBeInCatalog(String sku) {
        return sku != null && !sku.isEmpty() && sku.indexOf('\0') < 0;
    }

    /** {@code supplierOfSku}: the catalog's supplier of each sku it has. */
    public static Judged judge(List<PushItem> items, String supplierId, Map<String, String> supplierOfSku) {
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String sku = items.get(i).sku();
            if (sku != null && !sku.isEmpty()) {
                last.put(sku, i);
            }
        }
        List<ItemResult> results = new ArrayList<>(items.size());
        List<Accepted> accepted = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            PushItem item = items.get(i);
            ItemError error = error(item, i, last, supplierId, supplierOfSku);
            if (error == null) {
                results.add(ItemResult.accepted(item.sku()));
                accepted.add(new Accepted(item.sku(), Cells.nonNegative(item.quantity(), "quantity")));
            } else {
                results.add(ItemResult.refused(item.sku(), error));
            }
        }
        return new Judged(results, accepted);
    }

    private static ItemError error(PushItem item, int index, Map<String, Integer> last, String supplierId,
            Map<String, String> supplierOfSku) {
        if (item.sku() == null || item.sku().isEmpty()) {
            return ItemError.MISSING_SKU;
        }
        if (last.get(item.sku()) != index) {
            return ItemError.DUPLICATE_SKU;
        }
        if (item.quantity() == null) {
            return ItemError.MISSING_QUANTITY;
        }
        try {
            Cells.nonNegative(item.quantity(), "quantity");
        } catch (RowRejected rejected) {
            return ItemError.INVALID_QUANTITY;
        }
        String owner = supplierOfSku.get(item.sku());
        if (owner == null) {
            return ItemError.UNKNOWN_SKU;
        }
        return owner.equals(supplierId) ? null : ItemError.FOREIGN_SKU;
    }

    /** An item that goes into the feed file. */
    public record Accepted(String sku, long quantity) {
    }

    public record Judged(List<ItemResult> results, List<Accepted> accepted) {
    }
}
