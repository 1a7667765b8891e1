package com.stockrecon.inputs;

import java.util.Arrays;

/** Line number by ordinal, in a growing long array rather than a map of boxed values. */
final class LineNumbers {

    private long[] lines = new long[1024];

    void set(int ordinal, long line) {
        if (ordinal >= lines.length) {
            lines = Arrays.copyOf(lines, Math.max(ordinal + 1, lines.length * 2));
        }
        lines[ordinal] = line;
    }

    long get(int ordinal) {
        return ordinal < lines.length ? lines[ordinal] : 0;
    }
}
