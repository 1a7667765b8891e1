package com.stockrecon.feeds.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.stockrecon.findings.RowRejected;

/** Quantities in a supplier's own notation: decimal comma, thousands separators, and what stays rejected. */
class QuantityTextTest {

    private final QuantityText german = new QuantityText(',', ".");
    private final QuantityText swiss = new QuantityText('.', "'");
    private final QuantityText french = new QuantityText(',', " \u00A0\u202F");
    private final QuantityText plain = new QuantityText('.', "");

    @Test
    void aDecimalCommaWithAZeroFractionIsThatWholeNumber() {
        assertThat(german.parse("1.250,00", "Menge")).isEqualTo(1250);
        assertThat(german.parse("80", "Menge")).isEqualTo(80);
        assertThat(german.parse("1.234.567", "Menge")).isEqualTo(1_234_567);
        assertThat(swiss.parse("12'500.0", "Bestand")).isEqualTo(12_500);
        assertThat(french.parse("1\u00A0234,00", "Stock")).isEqualTo(1234);
        assertThat(french.parse("2 000", "Stock")).isEqualTo(2000);
    }

    @Test
    void aFractionIsRejectedNamingTheValueAsWritten() {
        assertThatThrownBy(() -> german.parse("12,5", "Menge"))
                .isInstanceOf(RowRejected.class)
                .hasMessage("Menge: '12,5' has a fraction; a whole number is required");
    }

    @Test
    void aDotUnderADecimalCommaIsNeverReadAsTheDecimalPoint() {
        QuantityText commaOnly = new QuantityText(',', "");
        assertThatThrownBy(() -> commaOnly.parse("12.000", "Menge"))
                .isInstanceOf(RowRejected.class)
                .hasMessageContaining("'12.000' is not a quantity written with ',' as decimal separator");
    }

    @Test
    void misplacedThousandsSeparatorsAreRejected() {
        assertThatThrownBy(() -> german.parse("12.34", "Menge")).hasMessage("Menge: '12.34' has a misplaced thousands separator");
        assertThatThrownBy(() -> german.parse("1234.567", "Menge")).hasMessageContaining("misplaced");
        assertThatThrownBy(() -> german.parse(".123", "Menge")).hasMessageContaining("misplaced");
        assertThatThrownBy(() -> german.parse("1,000.000", "Menge")).isInstanceOf(RowRejected.class);
    }

    @Test
    void theContractsRulesStillHold() {
        assertThatThrownBy(() -> german.parse("-5", "Menge")).hasMessage("Menge: '-5' is negative");
        assertThatThrownBy(() -> german.parse("", "Menge")).hasMessage("Menge: required cell is empty");
        assertThatThrownBy(() -> german.parse("1.234.567.890.123", "Menge")).hasMessageContaining("more than 12 digits");
        assertThat(plain.parse("12.00", "quantity")).isEqualTo(12);
        assertThatThrownBy(() -> plain.parse("1,000", "quantity")).hasMessageContaining("not a whole number");
    }
}
