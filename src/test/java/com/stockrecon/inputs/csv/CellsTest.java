package com.stockrecon.inputs.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.stockrecon.findings.RowRejected;

/** The contract's rules for one cell (§1): quantities, integers of the catalog, decimals, dates and as_of. */
class CellsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @ParameterizedTest
    @CsvSource({
        "12, 12",
        "+12, 12",
        "-12, -12",
        "012, 12",
        "0, 0",
        "-0, 0",
        "12.00, 12",
        "12.0, 12",
        "-7.000, -7",
    })
    void wholeNumbers(String cell, long expected) {
        assertThat(Cells.wholeNumber(cell, "quantity")).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.5", "12.50", "12.01", "0.5"})
    void aFractionOtherThanZeroIsRejected(String cell) {
        assertRejected(() -> Cells.wholeNumber(cell, "quantity"),
                "quantity: '" + cell + "' has a fraction; a whole number is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.", ".5", "1e3", "1,000", "1 000", "abc", "+", "-", "12a", "12.0a", "--1", "0x1F",
        "١٢"})
    void anythingElseIsNotAWholeNumber(String cell) {
        assertRejected(() -> Cells.wholeNumber(cell, "quantity"), "quantity: '" + cell + "' is not a whole number");
    }

    @Test
    void anEmptyCellIsRequired() {
        assertRejected(() -> Cells.wholeNumber("", "counted_qty"), "counted_qty: required cell is empty");
        assertRejected(() -> Cells.required("", "sku"), "sku: required cell is empty");
        assertThat(Cells.required("A", "sku")).isEqualTo("A");
    }

    @Test
    void twelveDigitsAreAllowed() {
        assertThat(Cells.wholeNumber("999999999999", "quantity")).isEqualTo(999_999_999_999L);
        assertThat(Cells.wholeNumber("-999999999999", "quantity")).isEqualTo(-999_999_999_999L);
        assertThat(Cells.wholeNumber("999999999999.00", "quantity")).isEqualTo(999_999_999_999L);
        assertThat(Cells.wholeNumber("000000000001", "quantity")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000000000", "-1000000000000", "1000000000000.0", "0000000000001",
        "99999999999999999999999"})
    void thirteenDigitsAreRejectedLeadingZerosAndZeroFractionsIncluded(String cell) {
        assertRejected(() -> Cells.wholeNumber(cell, "quantity"), "quantity: '" + cell + "' has more than 12 digits");
    }

    @Test
    void nonNegativeRefusesNegativeQuantities() {
        assertThat(Cells.nonNegative("0", "quantity")).isZero();
        assertThat(Cells.nonNegative("+4", "quantity")).isEqualTo(4);
        assertRejected(() -> Cells.nonNegative("-1", "quantity"), "quantity: '-1' is negative");
        assertRejected(() -> Cells.nonNegative("-1.0", "quantity"), "quantity: '-1.0' is negative");
        assertRejected(() -> Cells.nonNegative("1.5", "quantity"),
                "quantity: '1.5' has a fraction; a whole number is required");
    }

    @Test
    void optionalCatalogIntegersAreBlankOrAtLeastTheirMinimum() {
        assertThat(Cells.optionalAtLeast("", "moq", 0)).isNull();
        assertThat(Cells.optionalAtLeast("0", "moq", 0)).isZero();
        assertThat(Cells.optionalAtLeast("12.0", "pack_size", 1)).isEqualTo(12);
        assertThat(Cells.optionalAtLeast("1", "pack_size", 1)).isEqualTo(1);
        assertRejected(() -> Cells.optionalAtLeast("-1", "lead_time_days", 0), "lead_time_days: '-1' is negative");
        assertRejected(() -> Cells.optionalAtLeast("0", "pack_size", 1), "pack_size: '0' is less than 1");
        assertRejected(() -> Cells.optionalAtLeast("2.5", "pack_size", 1),
                "pack_size: '2.5' has a fraction; a whole number is required");
        assertRejected(() -> Cells.optionalAtLeast("1e2", "moq", 0), "moq: '1e2' is not a whole number");
    }

    @Test
    void decimals() {
        assertThat(Cells.optionalDecimal("2.50", "unit_cost")).isEqualByComparingTo("2.5");
        assertThat(Cells.optionalDecimal("0.125", "unit_cost")).isEqualTo(new BigDecimal("0.125"));
        assertThat(Cells.optionalDecimal("3", "unit_cost")).isEqualByComparingTo("3");
        assertThat(Cells.optionalDecimal(".5", "unit_cost")).isEqualByComparingTo("0.5");
        assertThat(Cells.optionalDecimal("+0", "unit_cost")).isEqualByComparingTo("0");
        assertThat(Cells.optionalDecimal("", "unit_cost")).isNull();
    }

    @Test
    void aNegativeDecimalIsRejected() {
        assertRejected(() -> Cells.optionalDecimal("-0.01", "unit_cost"), "unit_cost: '-0.01' is negative");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e3", "2,50", "1.2.3", "NaN", "Infinity", "0x10", "."})
    void aDecimalIsPlainDigitsWithAnOptionalPoint(String cell) {
        assertRejected(() -> Cells.optionalDecimal(cell, "unit_cost"),
                "unit_cost: '" + cell + "' is not a decimal number");
    }

    @Test
    void isoDates() {
        Cells cells = new Cells();

        assertThat(cells.isoDate("2026-11-24", "date")).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(cells.isoDate("2024-02-29", "date")).isEqualTo(LocalDate.of(2024, 2, 29));
        // remembered dates answer the same
        assertThat(cells.isoDate("2026-11-24", "date")).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2025-02-29", "2026-13-01", "2026-1-5", "2026-01-5", "26-01-05",
        "2026/01/05", "20260105", "05.01.2026", "2026-01-05T00:00", " 2026-01-05x"})
    void badDatesAreRejected(String cell) {
        Cells cells = new Cells();

        assertRejected(() -> cells.isoDate(cell, "date"), "date: '" + cell + "' is not an ISO date (yyyy-mm-dd)");
        // a rejected date is not remembered as a good one
        assertRejected(() -> cells.isoDate(cell, "date"), "date: '" + cell + "' is not an ISO date (yyyy-mm-dd)");
    }

    @Test
    void anEmptyDateIsRequired() {
        assertRejected(() -> new Cells().isoDate("", "date"), "date: required cell is empty");
    }

    @Test
    void asOfWithAnOffsetIsThatInstantWhateverTheZone() {
        assertThat(Cells.asOf("2026-11-24T10:15:00+01:00", "as_of", PARIS))
                .isEqualTo(Instant.parse("2026-11-24T09:15:00Z"));
        assertThat(Cells.asOf("2026-11-24T10:15:00-05:00", "as_of", ZoneId.of("UTC")))
                .isEqualTo(Instant.parse("2026-11-24T15:15:00Z"));
        assertThat(Cells.asOf("2026-11-24T10:15:30.250+01:00", "as_of", ZoneId.of("UTC")))
                .isEqualTo(Instant.parse("2026-11-24T09:15:30.250Z"));
    }

    @Test
    void asOfInUtc() {
        assertThat(Cells.asOf("2026-11-24T10:15:00Z", "as_of", PARIS)).isEqualTo(Instant.parse("2026-11-24T10:15:00Z"));
    }

    @Test
    void asOfWithoutAnOffsetIsInTheConfiguredZone() {
        assertThat(Cells.asOf("2026-11-24T10:15:00", "as_of", PARIS)).isEqualTo(Instant.parse("2026-11-24T09:15:00Z"));
        assertThat(Cells.asOf("2026-07-01T10:15", "as_of", PARIS)).isEqualTo(Instant.parse("2026-07-01T08:15:00Z"));
        assertThat(Cells.asOf("2026-11-24T10:15:00", "as_of", ZoneId.of("UTC")))
                .isEqualTo(Instant.parse("2026-11-24T10:15:00Z"));
    }

    @Test
    void aBareDateIsItsMidnightInTheConfiguredZone() {
        assertThat(Cells.asOf("2026-11-24", "as_of", PARIS)).isEqualTo(Instant.parse("2026-11-23T23:00:00Z"));
        assertThat(Cells.asOf("2026-11-24", "as_of", ZoneId.of("UTC")))
                .isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "yesterday", "2026-11-24 10:15:00", "2026-11-24T25:00:00Z", "2026-02-30",
        "2026-11-24T10:15:00+25:00", "1764000000", "24/11/2026"})
    void anythingElseAsOfIsRejected(String cell) {
        assertRejected(() -> Cells.asOf(cell, "as_of", PARIS),
                "as_of: '" + cell + "' is not an ISO-8601 date-time or date");
    }

    @Test
    void anEmptyAsOfIsRequired() {
        assertRejected(() -> Cells.asOf("", "as_of", PARIS), "as_of: required cell is empty");
    }

    private static void assertRejected(Runnable parse, String reason) {
        assertThatThrownBy(parse::run).isInstanceOf(RowRejected.class).hasMessage(reason);
    }
}
