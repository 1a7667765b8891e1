package com.stockrecon.alerts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.stockrecon.webhooks.RetryPolicy;

/**
 * An alert command: run through {@code /bin/sh -c} with the alert's JSON on standard input; exit 0 is
 * delivered. One that fails or outlives the timeout (it is then killed) is retried with the webhooks'
 * backoff. Its output goes to a temporary file so that a chatty command never blocks; the first line of
 * its error output is kept as the error.
 */
final class AlertCommand {

    private AlertCommand() {
    }

    static ChannelOutcome run(String command, String json, RetryPolicy policy) {
        int attempts = 0;
        Integer status = null;
        String error = null;
        while (attempts <= policy.retries()) {
            if (attempts > 0) {
                sleep(policy.backoffBefore(attempts, ThreadLocalRandom.current().nextDouble()));
            }
            attempts++;
            Path output = null;
            try {
                output = Files.createTempFile("stockrecon-alert-", ".out");
                Process process = new ProcessBuilder(List.of("/bin/sh", "-c", command))
                        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
                try (OutputStream stdin = process.getOutputStream()) {
                    stdin.write(json.getBytes(StandardCharsets.UTF_8));
                } catch (IOException closedEarly) {
                    // a command that does not read its input may close it; its exit code decides
                }
                if (!process.waitFor(policy.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    status = null;
                    error = "did not finish within " + policy.timeout().toSeconds() + " s; killed";
                    continue;
                }
                status = process.exitValue();
                if (status == 0) {
                    return new ChannelOutcome(true, attempts, status, null);
                }
                error = "exit code " + status + firstLine(output);
            } catch (IOException e) {
                error = "cannot run: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new ChannelOutcome(false, attempts, status, "interrupted");
            } finally {
                deleteQuietly(output);
            }
        }
        return new ChannelOutcome(false, attempts, status, error);
    }

    private static String firstLine(Path output) {
        try {
            String text = Files.readString(output, StandardCharsets.UTF_8).strip();
            String first = text.lines().findFirst().orElse("");
            return first.isEmpty() ? "" : ": " + (first.length() > 300 ? first.substring(0, 300) : first);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left in the temp folder
            }
        }
    }
}
