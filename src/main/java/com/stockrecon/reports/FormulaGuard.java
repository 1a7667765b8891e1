package com.stockrecon.reports;

import java.util.regex.Pattern;

/**
 * Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
 * return) are written with a leading apostrophe. Numbers are numbers and stay as they are.
 */
public final class FormulaGuard {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?%?");

    private FormulaGuard() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** A cell that holds a number for some rows and text for others (expected, actual). */
    public static String numberOrText(String value) {
        return value != null && NUMBER.matcher(value).matches() ? value : text(value);
    }
}
