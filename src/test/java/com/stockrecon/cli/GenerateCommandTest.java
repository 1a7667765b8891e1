package com.stockrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.generate.SyntheticInputs;

/** {@code stockrecon generate} on the command line: files and exit codes. */
class GenerateCommandTest {

    @TempDir
    Path work;

    @Test
    void writesTheInputSetAndExitsZero() throws IOException {
        Path out = work.resolve("in");

        int code = StockReconCommand.execute("generate", "--skus", "200", "--out", out.toString(), "--date",
                "2026-11-24", "--seed", "7", "--sales-per-sku", "5", "--suppliers", "6");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllLines(out.resolve(SyntheticInputs.MANIFEST)))
                .contains("skus=200", "suppliers=6", "date=2026-11-24", "seed=7", "sales_per_sku=5");
        assertThat(out.resolve("sales.csv")).isRegularFile();
    }

    @Test
    void badSizesAndTakenFoldersAreUsageErrors() throws IOException {
        Path taken = Files.createDirectories(work.resolve("taken"));
        Files.writeString(taken.resolve("catalog.csv"), "sku\n");

        assertThat(StockReconCommand.execute("generate", "--skus", "3", "--out", work.resolve("x").toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(StockReconCommand.execute("generate", "--skus", "100", "--suppliers", "2", "--out",
                work.resolve("y").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(StockReconCommand.execute("generate", "--skus", "100", "--out", taken.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(work.resolve("x")).doesNotExist();
        assertThat(Files.readString(taken.resolve("catalog.csv"))).isEqualTo("sku\n");
    }
}
