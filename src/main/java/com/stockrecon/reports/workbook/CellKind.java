package com.stockrecon.reports.workbook;

import java.util.regex.Pattern;

/** What a workbook column holds: text, numbers, or numbers on some rows and text on others. */
public enum CellKind {
    TEXT,
    NUMBER,
    NUMBER_OR_TEXT;

    private static final Pattern NUMBER_TEXT = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

    /** Whether the value is written as a number cell: plain decimals as the CSVs print them, nothing else. */
    boolean isNumber(String value) {
        return this != TEXT && value != null && NUMBER_TEXT.matcher(value).matches();
    }
}
