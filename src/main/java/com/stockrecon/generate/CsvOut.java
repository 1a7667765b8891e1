package com.stockrecon.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one CSV file fast: cells go straight into a byte buffer as ASCII or UTF-8, numbers
 * without formatting objects, so that tens of millions of rows take seconds, not minutes.
 */
final class CsvOut implements Closeable {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path file;
    private final OutputStream out;
    private final byte[] lineEnd;
    private final byte[] buffer = new byte[1 << 18];
    private final byte[] digits = new byte[20];
    private int position;
    private boolean rowStarted;
    private long bytes;

    private CsvOut(Path file, OutputStream out, byte[] lineEnd) {
        this.file = file;
        this.out = out;
        this.lineEnd = lineEnd;
    }

    static CsvOut create(Path file, LineEnd lineEnd, boolean byteOrderMark) {
        try {
            Files.createDirectories(file.getParent());
            CsvOut csv = new CsvOut(file, Files.newOutputStream(file), lineEnd.bytes);
            if (byteOrderMark) {
                csv.put(BOM);
            }
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The header row (not a data row): names as given, comma separated. */
    CsvOut header(String... names) {
        for (String name : names) {
            text(name);
        }
        end();
        return this;
    }

    /** A cell known to need no quoting: codes, dates, numbers written as text. */
    CsvOut plain(String value) {
        separate();
        for (int i = 0, n = value.length(); i < n; i++) {
            put((byte) value.charAt(i));
        }
        return this;
    }

    CsvOut plain(byte[] value) {
        separate();
        put(value);
        return this;
    }

    /** Free text: UTF-8, quoted (RFC 4180) when it holds a comma, quote or line break. */
    CsvOut text(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            separate();
            put(value.getBytes(StandardCharsets.UTF_8));
            return this;
        }
        separate();
        put((byte) '"');
        put(value.replace("\"", "\"\"").getBytes(StandardCharsets.UTF_8));
        put((byte) '"');
        return this;
    }

    CsvOut number(long value) {
        separate();
        writeNumber(value);
        return this;
    }

    /** A code made of a fixed prefix and a zero-padded number, e.g. SKU-00001234. */
    CsvOut code(byte[] prefix, long number, int width) {
        separate();
        put(prefix);
        int length = 0;
        long rest = number;
        do {
            digits[length++] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest != 0);
        for (int pad = width - length; pad > 0; pad--) {
            put((byte) '0');
        }
        while (length > 0) {
            put(digits[--length]);
        }
        return this;
    }

    /** A decimal with two places from a whole number of hundredths: 1234 is 12.34. */
    CsvOut hundredths(long value) {
        separate();
        writeNumber(value / 100);
        put((byte) '.');
        put((byte) ('0' + value % 100 / 10));
        put((byte) ('0' + value % 10));
        return this;
    }

    /** A number, or an empty cell for null. */
    CsvOut optional(Long value) {
        return value == null ? empty() : number(value);
    }

    CsvOut empty() {
        separate();
        return this;
    }

    /** A whole record written as it stands, for rows that are malformed on purpose. */
    CsvOut raw(String record) {
        put(record.getBytes(StandardCharsets.UTF_8));
        rowStarted = true;
        return this;
    }

    void end() {
        put(lineEnd);
        rowStarted = false;
    }

    long bytes() {
        return bytes + position;
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        try (out) {
            flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void separate() {
        if (rowStarted) {
            put((byte) ',');
        }
        rowStarted = true;
    }

    private void writeNumber(long value) {
        if (value < 0) {
            put((byte) '-');
            value = -value;
        }
        int length = 0;
        do {
            digits[length++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value != 0);
        while (length > 0) {
            put(digits[--length]);
        }
    }

    private void put(byte value) {
        if (position == buffer.length) {
            flush();
        }
        buffer[position++] = value;
    }

    private void put(byte[] values) {
        if (values.length > buffer.length - position) {
            flush();
            if (values.length > buffer.length) {
                write(values, values.length);
                return;
            }
        }
        System.arraycopy(values, 0, buffer, position, values.length);
        position += values.length;
    }

    private void flush() {
        write(buffer, position);
        position = 0;
    }

    private void write(byte[] values, int length) {
        try {
            out.write(values, 0, length);
            bytes += length;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    enum LineEnd {
        LF("\n"), CRLF("\r\n");

        private final byte[] bytes;

        LineEnd(String text) {
            this.bytes = text.getBytes(StandardCharsets.US_ASCII);
        }
    }
}
