package com.stockrecon.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.inputs.csv.CsvReader;
import com.stockrecon.support.InputFolders;
import com.stockrecon.support.StockReconProcess;
import com.stockrecon.support.StockReconProcess.Result;
import com.stockrecon.findings.RawText;

/**
 * A broken transfer leaves a 64 MB cell in on_hand.csv: a real process with a 96 MB heap refuses that
 * record with its reason, keeps the rows after it, and writes a rejects.csv a spreadsheet opens.
 */
class HostileCellsProcessTest {

    static final String D = "2026-11-24";
    static final int HUGE_CELL_BYTES = 64 << 20;

    @TempDir
    Path work;

    @Test
    void aSixtyFourMegabyteCellIsRejectedInBoundedMemoryWithItsTextCutAtASpreadsheetCell() throws IOException {
        Path input = InputFolders.of(work.resolve("input"), "base");
        Path onHand = input.resolve("on_hand.csv");
        try (Writer out = Files.newBufferedWriter(onHand, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            out.write("A,WH2,");
            char[] block = new char[1 << 16];
            java.util.Arrays.fill(block, '7');
            for (int written = 0; written < HUGE_CELL_BYTES; written += block.length) {
                out.write(block);
            }
            out.write("\nB,WH2,5\n");
        }
        StockReconProcess stockrecon = StockReconProcess.in(work).onH2(work.resolve("db")).maxHeap("96m");

        Result run = stockrecon.run("reconcile", "--input", input.toString(), "--reports", "reports", "--date", D,
                "-P", "max-reject-ratio=0.5");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path rejects = work.resolve("reports").resolve(D).resolve("rejects.csv");
        assertThat(Files.size(rejects)).isLessThan(64 * 1024);
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(rejects, StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().build())) {
            rows = parser.getRecords();
        }
        assertThat(rows).hasSize(1);
        CSVRecord huge = rows.get(0);
        assertThat(huge.get("source")).isEqualTo("on_hand.csv");
        assertThat(huge.get("reason")).isEqualTo(CsvReader.TOO_LONG);
        assertThat(huge.get("record").length()).isLessThanOrEqualTo(32_767);
        assertThat(huge.get("record")).startsWith("A,WH2,777").endsWith(RawText.CUT_MARKER);
        Path available = work.resolve("reports").resolve(D).resolve("available_stock.csv");
        assertThat(Files.readString(available)).contains("\nB,");
    }
}
