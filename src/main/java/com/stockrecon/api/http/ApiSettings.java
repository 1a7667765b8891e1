package com.stockrecon.api.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What {@code serve} is told ({@code stockrecon.api.*}; {@code serve}'s options set them).
 *
 * @param rateLimit                 requests one key may make in 60 s
 * @param maxBodyBytes              largest push body
 * @param maxItems                  most items of one push
 * @param timestampToleranceSeconds how far webhook-timestamp may be from the server's clock, either way
 * @param job                       the job whose completed runs are read and whose input pushes land in
 * @param jobsDir                   folder of job definitions
 * @param input                     input folder of pushes instead of the job's ({@code {date}} allowed)
 */
@ConfigurationProperties("stockrecon.api")
public record ApiSettings(@DefaultValue("60") int rateLimit, @DefaultValue("10485760") long maxBodyBytes,
        @DefaultValue("50000") int maxItems, @DefaultValue("300") long timestampToleranceSeconds,
        @DefaultValue("reconciliation") String job, String jobsDir, String input) {

    public static final String PREFIX = "stockrecon.api.";
    public static final long REPLAY_WINDOW_SECONDS = 24 * 3600;
    public static final long RATE_WINDOW_MILLIS = 60_000;
}
