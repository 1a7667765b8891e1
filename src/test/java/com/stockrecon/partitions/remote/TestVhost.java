package com.stockrecon.partitions.remote;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A virtual host of its own on the RabbitMQ broker at 127.0.0.1:5672, made with {@code rabbitmqctl}:
 * its queues are the test's alone, and restarting it closes every connection to it (what a broker
 * restart does to its clients) without touching the other users of the shared broker.
 */
final class TestVhost implements AutoCloseable {

    private final String name = "stockrecon-test-" + UUID.randomUUID();

    TestVhost() {
        rabbitmqctl("add_vhost", name);
        rabbitmqctl("set_permissions", "-p", name, "guest", ".*", ".*", ".*");
    }

    String name() {
        return name;
    }

    /**
     * What a broker restart does to this vhost's clients: every connection is closed, then the vhost's
     * processes are restarted; durable queues and persistent messages stay.
     */
    void restart() {
        rabbitmqctl("close_all_connections", "--vhost", name, "--limit", "1000", "broker restart (test)");
        rabbitmqctl("restart_vhost", "--vhost", name);
    }

    @Override
    public void close() {
        rabbitmqctl("delete_vhost", name);
    }

    private static void rabbitmqctl(String... args) {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl", "-q"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("rabbitmqctl is needed for the remote partition tests", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
