package com.stockrecon.reports.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.stockrecon.reports.ColumnKind;
import com.stockrecon.reports.ReportCompanion;
import com.stockrecon.reports.ReportFile;
import com.stockrecon.runs.RunContext;
import com.stockrecon.staging.Staging;
import com.stockrecon.staging.WorkTable;

/**
 * {@code reports.xlsx}: a sheet per CSV report, same rows in the same order, with the catalog's
 * product name beside the sku (the CSVs' columns are fixed by the contract; the workbook's are not).
 */
@Component
@Order(2)
public class ReportsWorkbook implements ReportCompanion {

    public static final String FILE = "reports.xlsx";

    private static final String NAME = "name";

    private final Staging staging;
    private final int rowsPerSheet;

    @Autowired
    public ReportsWorkbook(Staging staging) {
        this(staging, StreamingWorkbook.MAX_ROWS);
    }

    ReportsWorkbook(Staging staging, int rowsPerSheet) {
        this.staging = staging;
        this.rowsPerSheet = rowsPerSheet;
    }

    @Override
    public void write(RunContext run, Path folder, BooleanSupplier cancelled) {
        try (StreamingWorkbook workbook = new StreamingWorkbook(rowsPerSheet)) {
            for (ReportFile report : ReportFile.ALL) {
                writeReport(workbook, report, run.runId(), cancelled);
            }
            workbook.writeTo(folder.resolve(FILE));
        }
    }

    private void writeReport(StreamingWorkbook workbook, ReportFile report, long runId, BooleanSupplier cancelled) {
        List<String> csvColumns = new ArrayList<>(report.columns().keySet());
        boolean named = csvColumns.contains("sku");
        List<WorkbookColumn> columns = new ArrayList<>();
        report.columns().forEach((column, kind) -> {
            columns.add(new WorkbookColumn(column, cellKind(kind)));
            if (named && column.equals("sku")) {
                columns.add(new WorkbookColumn(NAME, CellKind.TEXT));
            }
        });
        int nameAt = csvColumns.indexOf("sku") + 1;
        ReportSheet sheet = workbook.report(sheetName(report), columns);
        String[] values = new String[columns.size()];
        staging.stream(query(report, runId, named), row -> {
            if (cancelled.getAsBoolean()) {
                throw new IllegalStateException(FILE + " not finished: the publication was cancelled");
            }
            for (int i = 0, column = 0; i < csvColumns.size(); i++, column++) {
                if (named && column == nameAt) {
                    values[column++] = row.getString(csvColumns.size() + 1);
                }
                values[column] = row.getString(i + 1);
            }
            sheet.row(values);
        });
        sheet.finish();
    }

    /** The report's query, its columns then (for a report with a sku) the product name from the run's results. */
    static String query(ReportFile report, long runId, boolean named) {
        String columns = report.columns().keySet().stream().map(column -> "t." + column)
                .collect(Collectors.joining(", "));
        String order = Arrays.stream(report.orderBy().split(",")).map(String::strip).map(column -> "t." + column)
                .collect(Collectors.joining(", "));
        if (!named) {
            return "SELECT " + columns + " FROM " + report.table().in(runId) + " t ORDER BY " + order;
        }
        if (report.table() == WorkTable.RESULT) {
            return "SELECT " + columns + ", t.name FROM " + report.table().in(runId) + " t ORDER BY " + order;
        }
        return "SELECT " + columns + ", r.name FROM " + report.table().in(runId) + " t LEFT JOIN "
                + WorkTable.RESULT.in(runId) + " r ON r.sku = t.sku ORDER BY " + order;
    }

    static String sheetName(ReportFile report) {
        return report.fileName().substring(0, report.fileName().lastIndexOf('.'));
    }

    private static CellKind cellKind(ColumnKind kind) {
        return switch (kind) {
            case TEXT -> CellKind.TEXT;
            case NUMBER -> CellKind.NUMBER;
            case NUMBER_OR_TEXT -> CellKind.NUMBER_OR_TEXT;
        };
    }
}
