package com.stockrecon.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The catalog as the loaders need it: is a SKU known, and which supplier owns it. */
public final class CatalogIndex {

    private final SkuIndex skus;
    private int[] supplierOf;
    private final Map<String, Integer> supplierOrdinals = new HashMap<>();
    private final List<String> suppliers = new ArrayList<>();

    public CatalogIndex(int expected) {
        this.skus = new SkuIndex(expected);
        this.supplierOf = new int[Math.max(16, expected)];
    }

    /** Adds a SKU; returns its ordinal, or -(ordinal of the earlier one) - 1 for a duplicate. */
    public int add(String sku, String supplierId) {
        int ordinal = skus.add(sku);
        if (ordinal >= 0) {
            if (ordinal == supplierOf.length) {
                supplierOf = java.util.Arrays.copyOf(supplierOf, ordinal * 2);
            }
            supplierOf[ordinal] = supplierOrdinals.computeIfAbsent(supplierId, id -> {
                suppliers.add(id);
                return suppliers.size() - 1;
            });
        }
        return ordinal;
    }

    /** Ordinal of a catalog SKU, or -1. */
    public int ordinal(String sku) {
        return skus.get(sku);
    }

    public String sku(int ordinal) {
        return skus.sku(ordinal);
    }

    public String supplierOf(int ordinal) {
        return suppliers.get(supplierOf[ordinal]);
    }

    /** The catalog's SKUs in report order (by code point, as both databases sort them). */
    public String[] skusInOrder() {
        String[] skus = new String[size()];
        for (int ordinal = 0; ordinal < skus.length; ordinal++) {
            skus[ordinal] = sku(ordinal);
        }
        java.util.Arrays.parallelSort(skus);
        return skus;
    }

    public int size() {
        return skus.size();
    }

    /** Suppliers that own at least one catalog SKU. */
    public List<String> suppliers() {
        return List.copyOf(suppliers);
    }
}
