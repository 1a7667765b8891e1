package com.stockrecon.reports.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One report as sheets of a workbook: a bold, frozen header row with an auto-filter over the rows,
 * number cells for numbers and string cells for text (a string cell is never run as a formula, so
 * the CSVs' apostrophe guard is not needed). Column widths follow the header and the first rows.
 */
public final class ReportSheet {

    /** The longest text a cell can hold. */
    static final int MAX_CELL_TEXT = 32_767;

    private static final int ROWS_MEASURED = 500;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    private final SXSSFWorkbook workbook;
    private final String name;
    private final List<WorkbookColumn> columns;
    private final int rowsPerSheet;
    private final CellStyle header;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final int[] widths;

    private SXSSFSheet sheet;
    private int sheets;
    private int nextRow;
    private long measured;

    ReportSheet(SXSSFWorkbook workbook, String name, List<WorkbookColumn> columns, int rowsPerSheet,
            CellStyle header, CellStyle integer, CellStyle decimal) {
        this.workbook = workbook;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.rowsPerSheet = rowsPerSheet;
        this.header = header;
        this.integer = integer;
        this.decimal = decimal;
        this.widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).header().length() + 3;
        }
        startSheet();
    }

    /** One row, a value per column as the CSV prints it (unguarded); null or "" leaves the cell blank. */
    public void row(String... values) {
        if (nextRow == rowsPerSheet) {
            finishSheet();
            startSheet();
        }
        Row row = sheet.createRow(nextRow++);
        boolean measure = measured++ < ROWS_MEASURED;
        for (int i = 0; i < columns.size(); i++) {
            String value = i < values.length ? values[i] : null;
            if (value == null || value.isEmpty()) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (columns.get(i).kind().isNumber(value)) {
                cell.setCellValue(Double.parseDouble(value));
                cell.setCellStyle(value.indexOf('.') >= 0 ? decimal : integer);
            } else {
                cell.setCellValue(value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT) : value);
            }
            if (measure) {
                widths[i] = Math.max(widths[i], Math.min(value.length(), MAX_WIDTH) + 1);
            }
        }
    }

    /** Closes the report's last sheet: filter range and column widths. */
    public void finish() {
        finishSheet();
    }

    private void startSheet() {
        sheets++;
        sheet = workbook.createSheet(sheets == 1 ? name : name + " (" + sheets + ")");
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        nextRow = 1;
    }

    private void finishSheet() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(nextRow - 1, 0), 0, columns.size() - 1));
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.max(MIN_WIDTH, Math.min(widths[i], MAX_WIDTH)) * 256);
        }
    }
}
