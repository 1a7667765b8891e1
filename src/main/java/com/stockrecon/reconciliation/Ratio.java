package com.stockrecon.reconciliation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact quotient of two decimals, so that no value that is compared or rounded ever goes through
 * floating point (58/28 x 14 is exactly 29, not 29.000000000000004).
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) {

    public Ratio {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    public static Ratio of(BigDecimal value) {
        return new Ratio(value, BigDecimal.ONE);
    }

    public int compareTo(BigDecimal value) {
        return numerator.compareTo(value.multiply(denominator));
    }

    public boolean lessThan(BigDecimal value) {
        return compareTo(value) < 0;
    }

    public int compareTo(Ratio other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    public int signum() {
        return numerator.signum();
    }

    /** Two places, half up: how every decimal is printed. */
    public BigDecimal toPrintable() {
        return numerator.divide(denominator, 2, RoundingMode.HALF_UP);
    }

    /** The smallest whole number not below the exact value. */
    public long ceiling() {
        return numerator.divide(denominator, 0, RoundingMode.CEILING).longValueExact();
    }
}
