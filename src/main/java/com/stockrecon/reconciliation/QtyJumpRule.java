package com.stockrecon.reconciliation;

import java.math.BigDecimal;

import com.stockrecon.config.Policy;

/** Supplier stock moved against the last completed run by more than max(10, 50% of the old value). */
public final class QtyJumpRule {

    private QtyJumpRule() {
    }

    public static boolean isJump(long previous, long current, Policy policy) {
        BigDecimal moved = BigDecimal.valueOf(Math.abs(current - previous));
        BigDecimal share = policy.jumpRatio().multiply(BigDecimal.valueOf(previous));
        BigDecimal tolerance = share.max(BigDecimal.valueOf(policy.jumpMinUnits()));
        return moved.compareTo(tolerance) > 0;
    }
}
