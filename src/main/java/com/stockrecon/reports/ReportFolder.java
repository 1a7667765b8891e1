package com.stockrecon.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * A report folder appears whole or not at all: files are written into a hidden folder beside it,
 * forced to disk, and the folder is renamed into place. A rerun renames the old folder aside first
 * and deletes it after; leftovers of a crash in between are cleared by the next publication.
 */
public final class ReportFolder {

    private final Path target;
    private final Path partial;
    private final Path replaced;

    public ReportFolder(Path reportsDir, String name) {
        this.target = reportsDir.resolve(name);
        this.partial = reportsDir.resolve("." + name + ".partial");
        this.replaced = reportsDir.resolve("." + name + ".replaced");
    }

    /** A fresh, empty folder to write the reports into. */
    public Path begin() {
        try {
            Files.createDirectories(target.getParent());
            deleteTree(partial);
            Files.createDirectory(partial);
            return partial;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + partial + ": " + e.getMessage(), e);
        }
    }

    /** Forces the written files to disk and moves the folder into place, replacing an older one. */
    public Path publish() {
        try {
            try (Stream<Path> files = Files.list(partial)) {
                for (Path file : files.toList()) {
                    force(file);
                }
            }
            force(partial);
            deleteTree(replaced);
            if (Files.exists(target)) {
                move(target, replaced);
            }
            move(partial, target);
            force(target.getParent());
            deleteTree(replaced);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + target + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system cannot rename " + from + " atomically", e);
        }
    }

    private static void force(Path path) {
        try (FileChannel channel = FileChannel.open(path, Files.isDirectory(path)
                ? new StandardOpenOption[] {StandardOpenOption.READ} : new StandardOpenOption[] {StandardOpenOption.WRITE})) {
            channel.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a directory; the rename is still atomic there
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
