package com.stockrecon.api.push;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes accepted items as a canonical feed file ({@code sku,quantity,as_of}) with its {@code .sha256}
 * sidecar ({@code sha256sum}'s format). Both are written aside as hidden {@code .tmp} files (which no
 * run reads), flushed to disk and moved into place, the sidecar first: a run sees the whole file or
 * none. A file that is there already is never replaced (a retry after a crash keeps the first one).
 */
final class FeedLanding {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private FeedLanding() {
    }

    static void land(Path folder, String fileName, List<PushItemRules.Accepted> items, Instant asOf)
            throws IOException {
        Path target = folder.resolve(fileName);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(folder);
        String aside = "." + fileName + "." + UUID.randomUUID() + ".tmp";
        Path file = folder.resolve(aside);
        Path sidecar = folder.resolve(aside + ".sha256");
        try {
            String digest = write(file, items, asOf.toString());
            writeDurably(sidecar, (digest + "  " + fileName + "\n").getBytes(StandardCharsets.US_ASCII));
            Files.move(sidecar, folder.resolve(fileName + ".sha256"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException landedMeanwhile) {
                // the same push landed through another request: that file stays
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(sidecar);
        }
    }

    private static String write(Path file, List<PushItemRules.Accepted> items, String asOf) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream out = new DigestOutputStream(java.nio.channels.Channels.newOutputStream(channel), sha256);
                Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                CSVPrinter csv = new CSVPrinter(writer, CSV)) {
            csv.printRecord("sku", "quantity", "as_of");
            for (PushItemRules.Accepted item : items) {
                csv.printRecord(item.sku(), item.quantity(), asOf);
            }
            csv.flush();
            channel.force(true);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(bytes));
            channel.force(true);
        }
    }
}
