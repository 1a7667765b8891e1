package com.stockrecon.feeds.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.stockrecon.feeds.layout.FeedFormat.FeedArrival;

/**
 * When a file in a supplier's folder is a feed that may be read: its name matches the definition,
 * it is not a file still being written ({@code *.part}, {@code *.tmp}) nor a marker or sidecar, and,
 * where the definition asks for it, its {@code .done} marker is there and its {@code .sha256}
 * sidecar holds its digest.
 */
final class ArrivalRules {

    /** Endings of files that are never feeds: uploads in progress, markers and sidecars. */
    static final List<String> NEVER_FEEDS = List.of(".part", ".tmp", ".done", ".sha256");

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final PathMatcher names;
    private final boolean requireDoneMarker;
    private final boolean requireSha256;

    ArrivalRules(PathMatcher names, boolean requireDoneMarker, boolean requireSha256) {
        this.names = names;
        this.requireDoneMarker = requireDoneMarker;
        this.requireSha256 = requireSha256;
    }

    FeedArrival of(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || NEVER_FEEDS.stream().anyMatch(lower::endsWith)
                || !names.matches(file.getFileName())) {
            return FeedArrival.NOT_A_FEED;
        }
        if (requireDoneMarker && !hasDoneMarker(file, name)) {
            return FeedArrival.waiting("no " + name + ".done marker yet");
        }
        if (requireSha256) {
            Path sidecar = file.resolveSibling(name + ".sha256");
            if (!Files.isRegularFile(sidecar)) {
                return FeedArrival.waiting("no " + name + ".sha256 sidecar yet");
            }
            String expected = digestIn(sidecar);
            if (expected == null) {
                return FeedArrival.invalid("its .sha256 sidecar holds no SHA-256 digest");
            }
            String actual = sha256(file);
            if (!expected.equalsIgnoreCase(actual)) {
                return FeedArrival.invalid("SHA-256 mismatch: the .sha256 sidecar says "
                        + expected.toLowerCase(Locale.ROOT) + ", the file's digest is " + actual);
            }
        }
        return FeedArrival.READY;
    }

    /** {@code stock.csv.done} or {@code stock.done}. */
    private static boolean hasDoneMarker(Path file, String name) {
        int dot = name.lastIndexOf('.');
        return Files.exists(file.resolveSibling(name + ".done"))
                || (dot > 0 && Files.exists(file.resolveSibling(name.substring(0, dot) + ".done")));
    }

    /** The first word of the sidecar, as {@code sha256sum} writes it ({@code <hex>  <file name>}). */
    private static String digestIn(Path sidecar) {
        try {
            String text = new String(Files.readAllBytes(sidecar), StandardCharsets.UTF_8).replace("\uFEFF", "")
                    .strip();
            String first = text.isEmpty() ? "" : text.split("\\s+", 2)[0];
            return SHA256.matcher(first).matches() ? first : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sidecar + ": " + e.getMessage(), e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
