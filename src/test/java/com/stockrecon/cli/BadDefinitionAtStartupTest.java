package com.stockrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad supplier feed definition or catalog section stops reconcile before anything runs (no
 * database is even opened), with one line naming the file and the key, and exit code 2.
 */
class BadDefinitionAtStartupTest {

    @TempDir
    Path home;

    @Test
    void aBadSupplierFeedDefinition() throws IOException {
        Path jobs = jobs("input: in\n");
        Path nord = Files.writeString(Files.createDirectories(jobs.resolve("suppliers")).resolve("NORD.yml"),
                "delimiter: semicolon\nquantity:\n  decimal-separator: comma\n  thousands-separator: comma\n");

        Result result = reconcile(jobs);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).isEqualTo("stockrecon: " + nord + ": key 'quantity.thousands-separator': 'comma'"
                + " is also the decimal separator\n");
    }

    @Test
    void aBadCatalogSection() throws IOException {
        Path jobs = jobs("input: in\ncatalog:\n  format: woocommerce\n");

        Result result = reconcile(jobs);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.stderr()).startsWith("stockrecon: " + jobs.resolve("reconciliation.yml")
                + ": key 'catalog.file': required with 'catalog.format: woocommerce'");
    }

    private Path jobs(String definition) throws IOException {
        Path jobs = Files.createDirectories(home.resolve("jobs"));
        Files.createDirectories(home.resolve("in"));
        Files.writeString(jobs.resolve("reconciliation.yml"), definition);
        return jobs;
    }

    private static Result reconcile(Path jobs) {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = StockReconCommand.execute("reconcile", "--jobs", jobs.toString(), "--date", "2026-11-24");
            return new Result(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(originalErr);
        }
    }

    record Result(int exitCode, String stderr) {
    }
}
