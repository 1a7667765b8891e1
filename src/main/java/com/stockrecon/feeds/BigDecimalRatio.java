package com.stockrecon.feeds;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share of rows, printed as a percentage with two places. */
record BigDecimalRatio(long part, long whole) {

    String percent() {
        if (whole == 0) {
            return "0.00%";
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String percent(BigDecimal ratio) {
        return ratio.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
