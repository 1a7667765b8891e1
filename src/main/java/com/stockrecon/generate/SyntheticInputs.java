package com.stockrecon.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a synthetic set of canonical inputs (contract §1) of a given size: suppliers, catalog,
 * on hand, reservations, in transit, sales, counts and supplier feeds, consistent with each other
 * ({@link SkuModel}) and with a sprinkle of the bad input the contract deals with. Files are
 * streamed (memory does not grow with the number of SKUs) and the same settings give the same
 * bytes. The folder appears whole: it is written aside and renamed into place.
 */
public final class SyntheticInputs {

    /** Written last into the folder: the settings and each file's tally. */
    public static final String MANIFEST = "generated.properties";

    private static final String MARKER = ".generating";

    private final GenerationSettings settings;

    public SyntheticInputs(GenerationSettings settings) {
        this.settings = settings;
    }

    /** Writes the input set into {@code dir}, which must not exist or be empty. */
    public GeneratedInputs writeTo(Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        requireAbsentOrEmpty(target);
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            removeLeftover(partial);
            Files.createDirectories(partial);
            Files.createFile(partial.resolve(MARKER));
            List<FileTally> tallies = new ArrayList<>();
            SkuModel model = new SkuModel(settings);
            new CatalogFiles(settings, model).write(partial, tallies);
            new StockFiles(settings, model).write(partial, tallies);
            new SalesFile(settings, model).write(partial, tallies);
            new FeedFiles(settings, model).write(partial, tallies);
            GeneratedInputs generated = new GeneratedInputs(settings, tallies);
            generated.writeManifest(partial.resolve(MANIFEST));
            Files.delete(partial.resolve(MARKER));
            Files.deleteIfExists(target);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void requireAbsentOrEmpty(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new IllegalArgumentException(target + " exists and is not a folder");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException(target + " is not empty; give a new or empty folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + target + ": " + e.getMessage(), e);
        }
    }

    /** A folder an interrupted generation left aside; one without the marker is not ours to delete. */
    private static void removeLeftover(Path partial) throws IOException {
        if (!Files.exists(partial)) {
            return;
        }
        if (!Files.exists(partial.resolve(MARKER))) {
            throw new IllegalArgumentException(partial + " exists and was not left by the generator; remove it first");
        }
        try (Stream<Path> paths = Files.walk(partial)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
