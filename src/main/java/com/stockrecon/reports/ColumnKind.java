package com.stockrecon.reports;

/** Whether a report column holds text (guarded against formulas), numbers, or either. */
public enum ColumnKind {
    TEXT,
    NUMBER,
    NUMBER_OR_TEXT;

    String render(String value) {
        return switch (this) {
            case TEXT -> FormulaGuard.text(value);
            case NUMBER -> value == null ? "" : value;
            case NUMBER_OR_TEXT -> FormulaGuard.numberOrText(value);
        };
    }
}
