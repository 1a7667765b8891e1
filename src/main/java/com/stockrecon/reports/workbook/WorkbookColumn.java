package com.stockrecon.reports.workbook;

/** A column of a workbook sheet: its header and what its cells hold. */
public record WorkbookColumn(String header, CellKind kind) {
}
