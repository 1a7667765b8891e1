package com.stockrecon.reconciliation;

import static com.stockrecon.reconciliation.WorkedExamples.days;
import static com.stockrecon.reconciliation.WorkedExamples.printed;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** net, available, velocity and days of supply of one SKU (§2). */
class StockPositionTest {

    private static final BigDecimal MIN_VELOCITY = new BigDecimal("0.1");

    @Test
    void caseA() {
        StockPosition a = WorkedExamples.A;

        assertThat(a.net()).isEqualTo(22);
        assertThat(a.available()).isEqualTo(22);
        assertThat(a.oversold()).isFalse();
        assertThat(printed(a.velocity(28))).isEqualTo("2.50");
        assertThat(printed(days(a))).isEqualTo("8.80");
    }

    @Test
    void caseB() {
        StockPosition b = WorkedExamples.B;

        assertThat(b.available()).isZero();
        assertThat(printed(b.velocity(28))).isEqualTo("2.07");
        assertThat(printed(days(b))).isEqualTo("0.00");
    }

    @Test
    void caseCReturnsNetBelowZeroAndTheVelocityIsZero() {
        StockPosition c = WorkedExamples.C;

        assertThat(c.velocityUnits()).isZero();
        assertThat(printed(c.velocity(28))).isEqualTo("0.00");
        assertThat(printed(days(c))).isEqualTo("30.00");
    }

    @Test
    void caseD() {
        StockPosition d = WorkedExamples.D;

        assertThat(printed(d.velocity(28))).isEqualTo("3.00");
        assertThat(days(d).compareTo(BigDecimal.TEN)).isZero();
        assertThat(printed(days(d))).isEqualTo("10.00");
    }

    @Test
    void caseEIsOversoldAndAvailableIsZero() {
        StockPosition e = WorkedExamples.E;

        assertThat(e.net()).isEqualTo(-5);
        assertThat(e.available()).isZero();
        assertThat(e.oversold()).isTrue();
        assertThat(printed(days(e))).isEqualTo("0.00");
    }

    @Test
    void caseFDaysArePrintedHalfUp() {
        StockPosition f = WorkedExamples.F;

        assertThat(printed(f.velocity(28))).isEqualTo("8.00");
        assertThat(days(f).compareTo(new BigDecimal("0.625"))).isZero();
        assertThat(printed(days(f))).isEqualTo("0.63");
    }

    @Test
    void supplierStockAndInTransitCountAndReservationsTakeAway() {
        StockPosition position = new StockPosition(10, 4, 7, 6, 0);

        assertThat(position.net()).isEqualTo(15);
        assertThat(position.available()).isEqualTo(15);
    }

    @Test
    void netZeroIsNotOversold() {
        StockPosition position = new StockPosition(7, 0, 0, 7, 0);

        assertThat(position.available()).isZero();
        assertThat(position.oversold()).isFalse();
    }

    @Test
    void withZeroVelocityDaysAreAvailableOverTheMinimumVelocity() {
        StockPosition position = new StockPosition(7, 0, 0, 0, 0);

        assertThat(position.daysOfSupply(28, MIN_VELOCITY).compareTo(new BigDecimal("70"))).isZero();
        assertThat(position.daysOfSupply(28, new BigDecimal("0.25")).compareTo(new BigDecimal("28"))).isZero();
    }

    @Test
    void returnsExactlyCancellingSalesGiveZeroVelocity() {
        StockPosition position = new StockPosition(1, 0, 0, 0, 0);

        assertThat(position.velocity(28).signum()).isZero();
        assertThat(printed(position.daysOfSupply(28, MIN_VELOCITY))).isEqualTo("10.00");
    }

    @Test
    void velocityExactlyAtTheMinimumUsesIt() {
        // 1 unit over a 10-day window is 0.1 a day, the minimum itself
        StockPosition position = new StockPosition(3, 0, 0, 0, 1);

        assertThat(position.velocity(10).compareTo(MIN_VELOCITY)).isZero();
        assertThat(position.daysOfSupply(10, MIN_VELOCITY).compareTo(new BigDecimal("30"))).isZero();
    }

    @Test
    void velocityJustBelowTheMinimumIsRaisedToIt() {
        // 2 units over 28 days is 0.0714 a day
        StockPosition position = new StockPosition(3, 0, 0, 0, 2);

        assertThat(printed(position.velocity(28))).isEqualTo("0.07");
        assertThat(position.daysOfSupply(28, MIN_VELOCITY).compareTo(new BigDecimal("30"))).isZero();
    }

    @Test
    void velocityJustAboveTheMinimumIsUsedExactly() {
        // 3 units over 28 days is 0.107 a day: 3 available last 28 days exactly
        StockPosition position = new StockPosition(3, 0, 0, 0, 3);

        assertThat(position.daysOfSupply(28, MIN_VELOCITY).compareTo(new BigDecimal("28"))).isZero();
    }

    @Test
    void daysOfSupplyAreExactNotRoundedBeforeComparison() {
        // 10 available at 3 a week: 70/3 = 23.333... days
        StockPosition position = new StockPosition(10, 0, 0, 0, 12);

        Ratio days = position.daysOfSupply(28, MIN_VELOCITY);
        assertThat(days.compareTo(new BigDecimal("23.33"))).isPositive();
        assertThat(days.compareTo(new BigDecimal("23.34"))).isNegative();
        assertThat(printed(days)).isEqualTo("23.33");
    }

    @Test
    void anOtherWindowLengthDividesTheSameSales() {
        assertThat(printed(WorkedExamples.D.velocity(21))).isEqualTo("4.00");
        assertThat(printed(WorkedExamples.D.daysOfSupply(21, MIN_VELOCITY))).isEqualTo("7.50");
    }
}
