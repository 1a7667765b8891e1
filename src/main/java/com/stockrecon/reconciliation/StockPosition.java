package com.stockrecon.reconciliation;

import java.math.BigDecimal;

/**
 * One SKU's stock figures and its sales over the window (contract §2):
 * net = on hand + in transit + supplier stock - reserved; available = max(0, net);
 * velocity = max(0, window sales) / W; days of supply = available / max(velocity, min velocity).
 */
public record StockPosition(long onHand, long inTransit, long supplierStock, long reserved, long windowSales) {

    public long net() {
        return Math.subtractExact(Math.addExact(Math.addExact(onHand, inTransit), supplierStock), reserved);
    }

    public long available() {
        return Math.max(0, net());
    }

    public boolean oversold() {
        return net() < 0;
    }

    /** Units sold over the window, returns netted, never below zero. */
    public long velocityUnits() {
        return Math.max(0, windowSales);
    }

    public Ratio velocity(int windowDays) {
        return Ratio.of(velocityUnits(), windowDays);
    }

    public Ratio daysOfSupply(int windowDays, BigDecimal minVelocity) {
        BigDecimal available = BigDecimal.valueOf(available());
        Ratio velocity = velocity(windowDays);
        if (velocity.compareTo(minVelocity) >= 0 && velocity.signum() > 0) {
            return new Ratio(available.multiply(velocity.denominator()), velocity.numerator());
        }
        return new Ratio(available, minVelocity);
    }
}
