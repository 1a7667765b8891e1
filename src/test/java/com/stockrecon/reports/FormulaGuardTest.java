package com.stockrecon.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text cells a spreadsheet would run get a leading apostrophe (§3); numbers stay numbers. */
class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1", "=", "-",
        "-5", "-0.5", "+12"})
    void textStartingLikeAFormulaGetsAnApostrophe(String value) {
        assertThat(FormulaGuard.text(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SKU-1", "A=B", "1+1", "'=already", " =spaced", "café", "line 3: sku is not in the catalog",
        "12"})
    void otherTextIsUnchanged(String value) {
        assertThat(FormulaGuard.text(value)).isEqualTo(value);
    }

    @Test
    void emptyAndMissingTextAreEmpty() {
        assertThat(FormulaGuard.text("")).isEmpty();
        assertThat(FormulaGuard.text(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "0", "12", "-0.50", "48.00", "5.00%", "12.50%"})
    void numbersInAMixedColumnStayNumbers(String value) {
        assertThat(FormulaGuard.numberOrText(value)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-SUP", "=1+2", "+5", "@x", "-5x", "--5", "-.5", "SUP1"})
    void textInAMixedColumnIsGuardedAsText(String value) {
        assertThat(FormulaGuard.numberOrText(value)).isEqualTo(FormulaGuard.text(value));
    }

    @Test
    void aFeedsSupplierInAMixedColumnIsGuarded() {
        assertThat(FormulaGuard.numberOrText("-SUP")).isEqualTo("'-SUP");
        assertThat(FormulaGuard.numberOrText("SUP1")).isEqualTo("SUP1");
        assertThat(FormulaGuard.numberOrText("")).isEmpty();
        assertThat(FormulaGuard.numberOrText(null)).isEmpty();
    }
}
