package com.stockrecon.reports.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook written row by row with POI's SXSSF: only a window of rows is held in memory, the rest
 * is flushed to compressed temporary files, strings are written inline (no shared-strings table
 * growing with the data). A sheet that reaches the row limit continues on a new sheet.
 */
public final class StreamingWorkbook implements AutoCloseable {

    /** Rows of one sheet in the file format, header included: 1,048,576. */
    public static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private static final int WINDOW = 100;

    private final SXSSFWorkbook workbook;
    private final int rowsPerSheet;
    private final CellStyle header;
    private final CellStyle integer;
    private final CellStyle decimal;

    /** @param rowsPerSheet rows of a sheet, header included (at least 2, at most {@link #MAX_ROWS}) */
    public StreamingWorkbook(int rowsPerSheet) {
        if (rowsPerSheet < 2 || rowsPerSheet > MAX_ROWS) {
            throw new IllegalArgumentException("rows per sheet must be 2 to " + MAX_ROWS + ": " + rowsPerSheet);
        }
        this.rowsPerSheet = rowsPerSheet;
        this.workbook = new SXSSFWorkbook(null, WINDOW, false, false);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        integer = workbook.createCellStyle();
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    }

    /** A new report of the workbook: its first sheet is named {@code name}, the next ones {@code name (2)}, ... */
    public ReportSheet report(String name, List<WorkbookColumn> columns) {
        return new ReportSheet(workbook, name, columns, rowsPerSheet, header, integer, decimal);
    }

    /** Writes the workbook to the file; every report must have been finished. */
    public void writeTo(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the temporary files. */
    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
