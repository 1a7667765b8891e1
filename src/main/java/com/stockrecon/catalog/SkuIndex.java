package com.stockrecon.catalog;

/**
 * SKU to ordinal, open addressing over plain arrays: a million SKUs take a few tens of megabytes
 * instead of a HashMap's hundreds, and a lookup per input row stays cheap.
 */
public final class SkuIndex {

    private String[] keys;
    private int[] ordinals;
    private String[] byOrdinal;
    private int size;

    public SkuIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new String[capacity];
        ordinals = new int[capacity];
        byOrdinal = new String[Math.max(16, expected)];
    }

    /** The ordinal of a SKU, or -1. */
    public int get(String sku) {
        int mask = keys.length - 1;
        int slot = mix(sku.hashCode()) & mask;
        String key;
        while ((key = keys[slot]) != null) {
            if (key.equals(sku)) {
                return ordinals[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** Adds a SKU and returns its new ordinal, or returns -(existing ordinal) - 1 when it is already there. */
    public int add(String sku) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = mix(sku.hashCode()) & mask;
        String key;
        while ((key = keys[slot]) != null) {
            if (key.equals(sku)) {
                return -ordinals[slot] - 1;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = sku;
        ordinals[slot] = size;
        if (size == byOrdinal.length) {
            byOrdinal = java.util.Arrays.copyOf(byOrdinal, size * 2);
        }
        byOrdinal[size] = sku;
        return size++;
    }

    public String sku(int ordinal) {
        return byOrdinal[ordinal];
    }

    public int size() {
        return size;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldOrdinals = ordinals;
        keys = new String[oldKeys.length * 2];
        ordinals = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = mix(oldKeys[i].hashCode()) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                ordinals[slot] = oldOrdinals[i];
            }
        }
    }

    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
