package com.stockrecon.findings;

import java.util.Map;
import java.util.TreeMap;

/** Row accounting for one source file: read = accepted + rejected + ignored, with each ignore's reason. */
public final class SourceTally {

    private final String source;
    private long read;
    private long accepted;
    private long rejected;
    private final Map<String, Long> ignored = new TreeMap<>();
    private String firstReject;

    public SourceTally(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public void accepted() {
        read++;
        accepted++;
    }

    public void rejected(long line, String reason) {
        read++;
        rejected++;
        if (firstReject == null) {
            firstReject = "line " + line + ": " + reason;
        }
    }

    public void ignored(String reason) {
        read++;
        ignored.merge(reason, 1L, Long::sum);
    }

    public long read() {
        return read;
    }

    public long acceptedCount() {
        return accepted;
    }

    public long rejectedCount() {
        return rejected;
    }

    public long ignoredCount() {
        return ignored.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Long> ignoredReasons() {
        return ignored;
    }

    public String firstReject() {
        return firstReject;
    }

    /** Encoded as {@code reason=count;...} for the sources work table. */
    public String encodedIgnoredReasons() {
        StringBuilder text = new StringBuilder();
        ignored.forEach((reason, count) -> text.append(text.length() == 0 ? "" : ";").append(reason).append('=').append(count));
        return text.toString();
    }
}
