package com.stockrecon.scheduling.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code jobs/<name>.yml} files the way an operator would. */
public final class JobDefinitionFiles {

    private JobDefinitionFiles() {
    }

    /** A job reading {@code input}, publishing to {@code reports}, on {@code cron} (null: not scheduled) in {@code zone}. */
    public static Path write(Path jobsDir, String name, Path input, Path reports, String cron, String zone) {
        StringBuilder yaml = new StringBuilder()
                .append("input: \"").append(input.toAbsolutePath()).append("\"\n")
                .append("reports: \"").append(reports.toAbsolutePath()).append("\"\n");
        if (cron != null) {
            yaml.append("schedule:\n  cron: \"").append(cron).append("\"\n");
        }
        yaml.append("policy:\n  zone: ").append(zone).append('\n');
        return write(jobsDir, name, yaml.toString());
    }

    public static Path write(Path jobsDir, String name, String yaml) {
        try {
            Files.createDirectories(jobsDir);
            Path file = jobsDir.resolve(name + ".yml");
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
