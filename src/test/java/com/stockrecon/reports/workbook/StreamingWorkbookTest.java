package com.stockrecon.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook as a spreadsheet program reads it back: typed cells, no formulas, header, filter, widths, split. */
class StreamingWorkbookTest {

    private static final List<WorkbookColumn> COLUMNS = List.of(new WorkbookColumn("sku", CellKind.TEXT),
            new WorkbookColumn("name", CellKind.TEXT), new WorkbookColumn("available", CellKind.NUMBER),
            new WorkbookColumn("velocity", CellKind.NUMBER), new WorkbookColumn("expected", CellKind.NUMBER_OR_TEXT));

    @TempDir
    Path dir;

    @Test
    void numbersAreNumberCellsAndTextIsTextEvenWhenItLooksLikeAFormula() throws IOException {
        Path file = write(StreamingWorkbook.MAX_ROWS, sheet -> {
            sheet.row("=HYPERLINK(\"http://example.com\",\"open\")", "+1 Plus", "12", "2.50", "SUP1");
            sheet.row("-7", "@x", "-3", "0.00", "48");
            sheet.row("A", "", null, "", "33.33%");
        });

        try (XSSFWorkbook workbook = open(file)) {
            Sheet sheet = workbook.getSheet("alerts");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.com\",\"open\")");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("+1 Plus");
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(12.0);
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(2.5);
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            Row second = sheet.getRow(2);
            assertThat(second.getCell(0).getCellType()).as("a text column keeps -7 as text").isEqualTo(CellType.STRING);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("-7");
            assertThat(second.getCell(2).getNumericCellValue()).isEqualTo(-3.0);
            assertThat(second.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            Row third = sheet.getRow(3);
            assertThat(third.getCell(1)).as("an empty value is a blank cell").isNull();
            assertThat(third.getCell(2)).isNull();
            assertThat(third.getCell(4).getStringCellValue()).isEqualTo("33.33%");
            assertThat(cells(workbook)).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
        }
    }

    @Test
    void headerIsBoldFrozenAndFilteredAndColumnsAreSizedToTheirValues() throws IOException {
        Path file = write(StreamingWorkbook.MAX_ROWS, sheet -> {
            sheet.row("A", "A product name of some forty characters!", "1", "1.00", "1");
            sheet.row("B", "x".repeat(500), "2", "1.00", "1");
        });

        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet sheet = workbook.getSheet("alerts");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("sku");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E3");
            assertThat(sheet.getColumnWidth(0)).isEqualTo(6 * 256);
            assertThat(sheet.getColumnWidth(1)).as("at most 60 characters wide").isEqualTo(60 * 256);
            assertThat(sheet.getColumnWidth(2)).isEqualTo(("available".length() + 3) * 256);
        }
    }

    @Test
    void aReportPastTheRowLimitContinuesOnNewSheetsEachWithItsHeader() throws IOException {
        Path file = write(4, sheet -> {
            for (int i = 1; i <= 10; i++) {
                sheet.row("SKU-" + i, "name " + i, Integer.toString(i), "1.00", "1");
            }
        });

        try (XSSFWorkbook workbook = open(file)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            assertThat(workbook.getSheetName(0)).isEqualTo("alerts");
            assertThat(workbook.getSheetName(1)).isEqualTo("alerts (2)");
            assertThat(workbook.getSheetName(3)).isEqualTo("alerts (4)");
            assertThat(workbook.getSheetName(4)).isEqualTo("rejects");
            List<String> skus = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("sku");
                assertThat(sheet.getLastRowNum()).isLessThanOrEqualTo(3);
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    skus.add(sheet.getRow(r).getCell(0).getStringCellValue());
                }
            }
            assertThat(skus).hasSize(10).startsWith("SKU-1", "SKU-2", "SKU-3", "SKU-4").endsWith("SKU-10");
            assertThat(workbook.getSheetAt(3).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E2");
            assertThat(workbook.getSheet("rejects").getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void hostileTextIsKeptAsTextAndCutToWhatACellHolds() throws IOException {
        String control = "bell\u0007 nul\u0000 end";
        Path file = write(StreamingWorkbook.MAX_ROWS, sheet -> {
            sheet.row("<script>alert(1)</script>", control, "1", "1", "1");
            sheet.row("long", "y".repeat(40_000), "1", "1", "1");
        });

        try (XSSFWorkbook workbook = open(file)) {
            Sheet sheet = workbook.getSheet("alerts");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("<script>alert(1)</script>");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).startsWith("bell").endsWith("end");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).hasSize(ReportSheet.MAX_CELL_TEXT);
        }
    }

    @Test
    void aRowLimitOutsideTheFileFormatIsRefused() {
        assertThatThrownBy(() -> new StreamingWorkbook(StreamingWorkbook.MAX_ROWS + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1048576");
    }

    private Path write(int rowsPerSheet, java.util.function.Consumer<ReportSheet> rows) {
        Path file = dir.resolve("reports.xlsx");
        try (StreamingWorkbook workbook = new StreamingWorkbook(rowsPerSheet)) {
            ReportSheet alerts = workbook.report("alerts", COLUMNS);
            rows.accept(alerts);
            alerts.finish();
            ReportSheet rejects = workbook.report("rejects", List.of(new WorkbookColumn("line", CellKind.NUMBER)));
            rejects.row("7");
            rejects.finish();
            workbook.writeTo(file);
        }
        return file;
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<Cell> cells(XSSFWorkbook workbook) {
        List<Cell> cells = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                row.forEach(cells::add);
            }
        }
        return cells;
    }
}
