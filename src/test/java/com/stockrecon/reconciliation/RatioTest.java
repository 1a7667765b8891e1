package com.stockrecon.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact quotients: compared and rounded without floating point; printed with two places, half up. */
class RatioTest {

    @ParameterizedTest
    @CsvSource({
        "5, 8, 0.63",       // 0.625 half up (half even would say 0.62)
        "58, 28, 2.07",     // 2.0714...
        "1, 8, 0.13",       // 0.125
        "5, 2, 2.50",
        "1, 3, 0.33",
        "2, 3, 0.67",
        "1, 200, 0.01",     // 0.005
        "49999, 10000000, 0.00",
        "0, 7, 0.00",
        "-5, 8, -0.63",
        "84, 1, 84.00",
    })
    void printedWithTwoPlacesHalfUp(long numerator, long denominator, String printed) {
        assertThat(Ratio.of(numerator, denominator).toPrintable().toPlainString()).isEqualTo(printed);
    }

    @Test
    void salesTimesTheWindowOverTheWindowIsExactlyTheSales() {
        // 10/28 x 28 and 29/28 x 28: floating point says 29.000000000000004 for the second
        assertThat(new Ratio(BigDecimal.valueOf(10 * 28), BigDecimal.valueOf(28)).ceiling()).isEqualTo(10);
        assertThat(new Ratio(BigDecimal.valueOf(29 * 28), BigDecimal.valueOf(28)).ceiling()).isEqualTo(29);
        assertThat(new Ratio(BigDecimal.valueOf(58 * 14), BigDecimal.valueOf(28)).ceiling()).isEqualTo(29);
    }

    @ParameterizedTest
    @CsvSource({
        "5675, 100, 57",
        "5601, 100, 57",
        "5700, 100, 57",
        "1, 1000000, 1",
        "0, 3, 0",
        "-1, 2, 0",
        "-3, 2, -1",
    })
    void ceilingIsTheSmallestWholeNumberNotBelow(long numerator, long denominator, long ceiling) {
        assertThat(Ratio.of(numerator, denominator).ceiling()).isEqualTo(ceiling);
    }

    @Test
    void comparisonsAreExact() {
        Ratio third = Ratio.of(1, 3);

        assertThat(third.compareTo(new BigDecimal("0.3333333333"))).isPositive();
        assertThat(third.compareTo(new BigDecimal("0.3333333334"))).isNegative();
        assertThat(third.compareTo(Ratio.of(2, 6))).isZero();
        assertThat(third.compareTo(Ratio.of(1, 2))).isNegative();
        assertThat(Ratio.of(10, 1).lessThan(BigDecimal.TEN)).isFalse();
        assertThat(Ratio.of(99, 10).lessThan(BigDecimal.TEN)).isTrue();
        assertThat(Ratio.of(new BigDecimal("2.5")).compareTo(new BigDecimal("2.50"))).isZero();
    }

    @Test
    void theSignIsTheNumerators() {
        assertThat(Ratio.of(-1, 3).signum()).isNegative();
        assertThat(Ratio.of(0, 3).signum()).isZero();
        assertThat(Ratio.of(1, 3).signum()).isPositive();
    }

    @Test
    void theDenominatorMustBePositive() {
        assertThatThrownBy(() -> Ratio.of(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("denominator");
        assertThatThrownBy(() -> Ratio.of(1, -2)).isInstanceOf(IllegalArgumentException.class);
    }
}
