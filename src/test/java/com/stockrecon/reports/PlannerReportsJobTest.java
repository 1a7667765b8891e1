package com.stockrecon.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.stockrecon.runs.RunOutcome;
import com.stockrecon.support.InputFolders;
import com.stockrecon.support.JobTestSupport;
import com.stockrecon.support.ReportFiles;

/**
 * report.html and reports.xlsx as a run publishes them, from inputs whose names and codes are
 * markup and formulas: the page shows them as text, the workbook as text cells beside typed numbers.
 */
abstract class PlannerReportsJobTest extends JobTestSupport {

    static final LocalDate D = LocalDate.of(2026, 11, 24);

    @Test
    void thePageShowsHostileNamesAsTextInItsTablesAndCharts() throws IOException {
        Path reports = reconciled();
        String page = Files.readString(reports.resolve("report.html"), StandardCharsets.UTF_8);

        assertThat(page).doesNotContain("<script", "<img", "<iframe", "<marquee", "<b>E", "<svg onload", "<i>",
                "<link rel=stylesheet");
        assertThat(page).contains("<td>A</td><td>&lt;script&gt;alert(&#39;a&#39;)&lt;/script&gt;</td><td>SUP1</td>",
                "<td>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</td>",
                "&lt;/style&gt;&lt;link rel=stylesheet href=http://example.com/x.css&gt; &amp; Crème",
                "<td>&lt;b&gt;E&lt;/b&gt;</td>", "&lt;marquee&gt;Supplier One&lt;/marquee&gt;",
                "Two &amp; Co &lt;i&gt;", "<td>&lt;svg onload=alert(1)&gt;</td>",
                "<td>=HYPERLINK(&quot;http://example.com/x&quot;,&quot;open&quot;)</td>");
        assertThat(page).as("headline figures").contains("<div class=\"label\">SKUs</div><div class=\"value\">5</div>",
                "<div class=\"label\">Alerts</div><div class=\"value\">5</div>");
        assertThat(page).as("the trend of one run: this one").contains("The last 1 completed runs");
    }

    @Test
    void theWorkbookHasASheetPerReportWithNamesTypedCellsAndNoFormulas() throws IOException {
        Path reports = reconciled();

        try (XSSFWorkbook workbook = open(reports.resolve("reports.xlsx"))) {
            assertThat(sheetNames(workbook)).containsExactly("available_stock", "alerts", "purchase_suggestions",
                    "discrepancies", "rejects");
            for (ReportFile report : ReportFile.ALL) {
                Sheet sheet = workbook.getSheet(report.fileName().replace(".csv", ""));
                List<List<String>> csv = ReportFiles.rows(reports.resolve(report.fileName()));
                assertThat(sheet.getLastRowNum()).as(report.fileName() + ": the CSV's rows").isEqualTo(csv.size() - 1);
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            }
            Sheet stock = workbook.getSheet("available_stock");
            assertThat(texts(stock.getRow(0))).startsWith("sku", "name", "supplier_id", "on_hand");
            Row a = stock.getRow(1);
            assertThat(a.getCell(0).getStringCellValue()).isEqualTo("<b>E</b>");
            assertThat(a.getCell(1).getStringCellValue()).isEqualTo("<iframe src=http://example.com/></iframe>");
            assertThat(a.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(a.getCell(3).getNumericCellValue()).isEqualTo(10);
            Row c = stock.getRow(4);
            assertThat(c.getCell(0).getStringCellValue()).isEqualTo("C");
            assertThat(c.getCell(1).getCellType()).as("a formula in the catalog is a text cell").isEqualTo(CellType.STRING);
            assertThat(c.getCell(1).getStringCellValue()).as("without the CSV's apostrophe")
                    .isEqualTo("=HYPERLINK(\"http://example.com/x\",\"open\")");
            Sheet suggestions = workbook.getSheet("purchase_suggestions");
            assertThat(texts(suggestions.getRow(0))).startsWith("supplier_id", "sku", "name", "order_qty");
            assertThat(suggestions.getRow(1).getCell(2).getStringCellValue()).isEqualTo("<script>alert('a')</script>");
            assertThat(suggestions.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(new DataFormatter().formatCellValue(suggestions.getRow(1).getCell(9))).as("unit_cost")
                    .isEqualTo("1.00");
            Sheet discrepancies = workbook.getSheet("discrepancies");
            List<String> unknown = texts(discrepancies.getRow(discrepancies.getLastRowNum()));
            assertThat(texts(discrepancies.getRow(0))).containsExactly("type", "source", "supplier_id", "sku", "name",
                    "expected", "actual", "detail");
            assertThat(unknown).as("an sku outside the catalog has no name").startsWith("UNKNOWN_SKU", "on_hand.csv");
            assertThat(unknown.get(4)).isEmpty();
            assertThat(cells(workbook)).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
        }
    }

    private Path reconciled() {
        RunOutcome outcome = reconcile(InputFolders.of(work.resolve("input"), "base", "hostile-names"), D,
                Map.of(), false);
        assertThat(outcome.result()).as(outcome.message()).isEqualTo(RunOutcome.Result.COMPLETED);
        return outcome.reportFolder();
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            texts.add(cell == null ? "" : format.formatCellValue(cell));
        }
        return texts;
    }

    private static List<Cell> cells(XSSFWorkbook workbook) {
        List<Cell> cells = new ArrayList<>();
        workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cells::add)));
        return cells;
    }
}
