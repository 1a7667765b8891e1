package com.stockrecon.metrics;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code stockrecon.prom} in a textfile-collector folder. Written aside and renamed into place, so that
 * node_exporter never reads half a file; under a lock, since jobs sharing the folder share the file
 * (each sample carries its job).
 */
public final class Textfile {

    public static final String FILE_NAME = "stockrecon.prom";
    private static final String LOCK_NAME = ".stockrecon.prom.lock";

    private Textfile() {
    }

    /** The samples of every job in the file; none when there is no file. */
    public static List<Sample> read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? TextFormat.parse(Files.readString(file, StandardCharsets.UTF_8))
                : List.of();
    }

    /** Replaces the job's samples in the file, keeping the other jobs' ones. */
    public static void replace(Path folder, String job, List<Sample> samples) throws IOException {
        Files.createDirectories(folder);
        try (FileChannel lockChannel = FileChannel.open(folder.resolve(LOCK_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lockChannel.lock()) {
            List<Sample> all = new ArrayList<>();
            for (Sample kept : read(folder)) {
                if (!job.equals(kept.job())) {
                    all.add(kept);
                }
            }
            all.addAll(samples);
            // node_exporter reads *.prom only: the temporary name is not one
            Path aside = folder.resolve("." + FILE_NAME + "." + ProcessHandle.current().pid() + ".tmp");
            Files.writeString(aside, TextFormat.render(all), StandardCharsets.UTF_8);
            try {
                Files.move(aside, folder.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(aside, folder.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(aside);
            }
        }
    }
}
