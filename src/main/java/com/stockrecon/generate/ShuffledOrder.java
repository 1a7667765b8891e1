package com.stockrecon.generate;

/**
 * A fixed shuffle of 0..size-1 without a table: position p holds (step * p + offset) mod size,
 * with step coprime to size. Files list SKUs in such an order, as exports from real systems do,
 * so that the job's SKU lookups are not helped by a sorted input.
 */
final class ShuffledOrder {

    private final long size;
    private final long step;
    private final long offset;

    ShuffledOrder(long size, long offset) {
        this.size = size;
        this.step = coprimeStep(size);
        this.offset = Math.floorMod(offset, size);
    }

    int at(long position) {
        return (int) ((step * position + offset) % size);
    }

    private static long coprimeStep(long size) {
        long step = Math.max(1, (long) (size * 0.6180339887));
        while (gcd(step, size) != 1) {
            step++;
        }
        return step;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
