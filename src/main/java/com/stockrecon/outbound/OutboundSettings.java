package com.stockrecon.outbound;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of deliveries ({@code stockrecon.outbound.*}).
 *
 * @param jobsDir     the installation's {@code jobs/} folder, where {@code distributors/} and {@code suppliers/}
 *                    live; the commands set it to the folder they read job definitions from
 * @param maxInFlight messages under way at once per target
 */
@ConfigurationProperties("stockrecon.outbound")
public record OutboundSettings(Path jobsDir, @DefaultValue("8") int maxInFlight) {

    public static final String JOBS_DIR = "stockrecon.outbound.jobs-dir";
}
