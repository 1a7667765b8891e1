package com.stockrecon.feeds;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A supplier feed file after its first reading.
 *
 * @param asOf          latest as_of among its well-formed rows, or null when it has none
 * @param invalidReason why the whole file cannot be used (unreadable layout, bad checksum), or null
 */
public record FeedFile(Path path, String source, String name, long read, long rejected, Instant asOf,
        String invalidReason) {
}
