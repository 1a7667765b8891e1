package com.stockrecon.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.stockrecon.config.Policy;
import com.stockrecon.config.PolicyBinding;

/** A catalog cell of the SKU wins; a blank one takes the policy value. */
class SkuTermsTest {

    @Test
    void blankCatalogCellsTakeTheContractDefaults() {
        assertThat(SkuTerms.defaults(Policy.defaults()))
                .isEqualTo(new SkuTerms(7, 0, 1, BigDecimal.ZERO, 5, 15, 30));
    }

    @Test
    void blankCatalogCellsTakeTheJobsPolicy() {
        Policy policy = PolicyBinding.bind(Map.of("lead-time-days", "3", "moq", "6", "pack-size", "2",
                "unit-cost", "1.10", "critical-threshold", "1", "low-threshold", "2", "warning-threshold", "4"));

        assertThat(SkuTerms.defaults(policy)).isEqualTo(new SkuTerms(3, 6, 2, new BigDecimal("1.10"), 1, 2, 4));
    }

    @Test
    void everyCatalogCellWinsOverThePolicy() {
        SkuTerms terms = SkuTerms.of(0L, 60L, 12L, new BigDecimal("2.50"), 0L, 8L, 40L, Policy.defaults());

        assertThat(terms).isEqualTo(new SkuTerms(0, 60, 12, new BigDecimal("2.50"), 0, 8, 40));
    }

    @Test
    void cellsAreTakenOneByOne() {
        SkuTerms terms = SkuTerms.of(null, 60L, null, null, null, 8L, null, Policy.defaults());

        assertThat(terms).isEqualTo(new SkuTerms(7, 60, 1, BigDecimal.ZERO, 5, 8, 30));
    }
}
