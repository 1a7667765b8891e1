package com.stockrecon.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.stockrecon.config.Policy;
import com.stockrecon.config.PolicyBinding;

/** QTY_JUMP (§4): supplier stock moved by more than max(10, 50% of the old value). */
class QtyJumpRuleTest {

    private static final Policy DEFAULTS = Policy.defaults();

    @ParameterizedTest(name = "old {0}, now {1}: jump {2}")
    @CsvSource({
        "100, 150, false",
        "100, 151, true",
        "100, 50, false",
        "100, 49, true",
        "100, 100, false",
        "4, 14, false",
        "4, 15, true",
        "4, 0, false",
        "0, 10, false",
        "0, 11, true",
        "20, 30, false",
        "20, 31, true",
        "20, 9, true",
        "101, 151, false",
        "101, 152, true",
        "11, 0, true",
        "10, 0, false",
    })
    void movedByMoreThanTheLargerOfTenUnitsAndHalfTheOldValue(long previous, long current, boolean jump) {
        assertThat(QtyJumpRule.isJump(previous, current, DEFAULTS)).isEqualTo(jump);
    }

    @Test
    void bothLimitsComeFromThePolicy() {
        Policy policy = PolicyBinding.bind(Map.of("jump-min-units", "0", "jump-ratio", "0.1"));

        assertThat(QtyJumpRule.isJump(100, 110, policy)).isFalse();
        assertThat(QtyJumpRule.isJump(100, 111, policy)).isTrue();
        assertThat(QtyJumpRule.isJump(0, 1, policy)).isTrue();
        assertThat(QtyJumpRule.isJump(5, 5, policy)).isFalse();
    }
}
