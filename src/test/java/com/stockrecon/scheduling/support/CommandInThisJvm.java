package com.stockrecon.scheduling.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.stockrecon.cli.StockReconCommand;

/**
 * Runs a command through the real command line in the test's JVM, on the test's database, and
 * captures what it prints. Only for commands that do not wait for signals (status, history, the
 * refusals of restart and schedule): those that do run as a
 * {@link com.stockrecon.support.StockReconProcess}.
 */
public final class CommandInThisJvm {

    private CommandInThisJvm() {
    }

    public record Result(int exitCode, String stdout, String stderr) {
    }

    public static synchronized Result run(String databaseUrl, String user, String... args) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", databaseUrl);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", "");
        properties.put("stockrecon.log-dir", "target/test-logs");
        Map<String, String> saved = new LinkedHashMap<>();
        properties.forEach((key, value) -> saved.put(key, System.setProperty(key, value)));
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int code = StockReconCommand.execute(args);
            return new Result(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            saved.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }
}
