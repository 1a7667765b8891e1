package com.stockrecon.reconciliation;

import java.math.BigDecimal;

import com.stockrecon.config.Policy;

/** The per-SKU values of the catalog, with the policy default where the catalog cell is blank. */
public record SkuTerms(long leadTimeDays, long moq, long packSize, BigDecimal unitCost, long criticalThreshold,
        long lowThreshold, long warningThreshold) {

    public static SkuTerms of(Long leadTimeDays, Long moq, Long packSize, BigDecimal unitCost,
            Long criticalThreshold, Long lowThreshold, Long warningThreshold, Policy policy) {
        return new SkuTerms(
                leadTimeDays != null ? leadTimeDays : policy.leadTimeDays(),
                moq != null ? moq : policy.moq(),
                packSize != null ? packSize : policy.packSize(),
                unitCost != null ? unitCost : policy.unitCost(),
                criticalThreshold != null ? criticalThreshold : policy.criticalThreshold(),
                lowThreshold != null ? lowThreshold : policy.lowThreshold(),
                warningThreshold != null ? warningThreshold : policy.warningThreshold());
    }

    public static SkuTerms defaults(Policy policy) {
        return of(null, null, null, null, null, null, null, policy);
    }
}
