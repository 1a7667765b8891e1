package com.stockrecon.inputs.csv;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.stockrecon.findings.RowRejected;
import com.stockrecon.findings.InputFileException;


/**
 * A canonical input file opened for reading: UTF-8 (optional BOM), comma separated, one header
 * row whose names match case-insensitively after trimming, extra columns ignored.
 */
public final class InputSource implements AutoCloseable {

    private final String source;
    private final CsvReader reader;
    private final Map<String, Integer> columns;
    private final int width;
    private final CountingInputStream bytes;
    private final long size;

    private InputSource(String source, CsvReader reader, Map<String, Integer> columns, int width,
            CountingInputStream bytes, long size) {
        this.source = source;
        this.reader = reader;
        this.columns = columns;
        this.width = width;
        this.bytes = bytes;
        this.size = size;
    }

    public static InputSource open(Path file, String source, List<String> required, List<String> optional) {
        if (!Files.isRegularFile(file)) {
            throw new InputFileException(source + ": required file is missing (looked for " + file + ")");
        }
        CsvReader reader;
        CountingInputStream bytes;
        long size;
        try {
            size = Files.size(file);
            bytes = new CountingInputStream(Files.newInputStream(file));
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            reader = CsvReader.canonical(new InputStreamReader(bytes, decoder));
        } catch (IOException e) {
            throw new InputFileException(source + ": cannot be read: " + e.getMessage(), e);
        }
        try {
            CsvRecord header = reader.next();
            if (header == null) {
                throw new InputFileException(source + ": the file is empty; a header row is required");
            }
            Map<String, Integer> columns = mapHeader(source, header, required, optional);
            return new InputSource(source, reader, columns, header.size(), bytes, size);
        } catch (IOException e) {
            closeQuietly(reader);
            throw new InputFileException(source + ": cannot be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(reader);
            throw e;
        }
    }

    static Map<String, Integer> mapHeader(String source, CsvRecord header, List<String> required,
            List<String> optional) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.cell(i).toLowerCase(Locale.ROOT);
            if (byName.putIfAbsent(name, i) != null && (required.contains(name) || optional.contains(name))) {
                throw new InputFileException(source + ": column '" + name + "' appears twice in the header");
            }
        }
        Map<String, Integer> columns = new HashMap<>();
        for (String name : required) {
            Integer index = byName.get(name);
            if (index == null) {
                throw new InputFileException(source + ": required column '" + name + "' is missing (header: "
                        + RowRejected.shortened(header.raw()) + ")");
            }
            columns.put(name, index);
        }
        for (String name : optional) {
            Integer index = byName.get(name);
            if (index != null) {
                columns.put(name, index);
            }
        }
        return columns;
    }

    public String source() {
        return source;
    }

    /** Position of a column, or -1 for an optional column the file does not have. */
    public int column(String name) {
        return columns.getOrDefault(name, -1);
    }

    /** Number of cells every record must have: the header's. */
    public int width() {
        return width;
    }

    /** The file's size in bytes, and how many of them were read so far (ahead of the records, by a buffer). */
    public long size() {
        return size;
    }

    public long bytesRead() {
        return bytes.count();
    }

    public CsvRecord next() {
        try {
            return reader.next();
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(reader);
    }

    private static void closeQuietly(CsvReader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // nothing was written; a failed close of a read-only file loses nothing
        }
    }
}
