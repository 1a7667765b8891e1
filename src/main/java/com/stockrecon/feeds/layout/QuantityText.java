package com.stockrecon.feeds.layout;

import com.stockrecon.inputs.csv.Cells;
import com.stockrecon.findings.RowRejected;

/**
 * A supplier's way of writing a quantity ({@code 1.234,00} with a decimal comma and dot thousands)
 * turned into the contract's: a whole number of at most 12 digits, a zero fraction allowed. Every
 * character must be a digit, the sign, the decimal separator or a correctly placed thousands
 * separator, so that {@code 12.000} under a decimal comma is never read as twelve.
 */
final class QuantityText {

    private final char decimalSeparator;
    private final String thousandsSeparators;

    QuantityText(char decimalSeparator, String thousandsSeparators) {
        this.decimalSeparator = decimalSeparator;
        this.thousandsSeparators = thousandsSeparators;
    }

    long parse(String value, String column) {
        String canonical = canonical(value, column);
        try {
            return Cells.nonNegative(canonical, column);
        } catch (RowRejected rejected) {
            throw new RowRejected(rejected.getMessage().replace(RowRejected.quoted(canonical), RowRejected.quoted(value)));
        }
    }

    private String canonical(String value, String column) {
        if (value.isEmpty() || (decimalSeparator == '.' && thousandsSeparators.isEmpty())) {
            return value;
        }
        StringBuilder text = new StringBuilder(value.length());
        int decimalAt = -1;
        int groupStart = -1;
        int groups = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                text.append(c);
            } else if (i == 0 && (c == '+' || c == '-')) {
                text.append(c);
            } else if (c == decimalSeparator && decimalAt < 0) {
                decimalAt = text.length();
                text.append('.');
            } else if (thousandsSeparators.indexOf(c) >= 0 && decimalAt < 0) {
                int digitsBefore = groups == 0 ? digits(text, 0) : text.length() - groupStart;
                if (groups == 0 ? digitsBefore < 1 || digitsBefore > 3 : digitsBefore != 3) {
                    throw misplaced(value, column);
                }
                groupStart = text.length();
                groups++;
            } else {
                throw new RowRejected(column + ": " + RowRejected.quoted(value) + " is not a quantity written with '"
                        + decimalSeparator + "' as decimal separator"
                        + (thousandsSeparators.isEmpty() ? "" : " and '" + thousandsSeparators.charAt(0)
                                + "' as thousands separator"));
            }
        }
        if (groups > 0) {
            int end = decimalAt < 0 ? text.length() : decimalAt;
            if (end - groupStart != 3) {
                throw misplaced(value, column);
            }
        }
        return text.toString();
    }

    private static int digits(StringBuilder text, int from) {
        int count = 0;
        for (int i = from; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static RowRejected misplaced(String value, String column) {
        return new RowRejected(column + ": " + RowRejected.quoted(value) + " has a misplaced thousands separator");
    }
}
