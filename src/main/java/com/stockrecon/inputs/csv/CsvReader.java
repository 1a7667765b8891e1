package com.stockrecon.inputs.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC 4180 records with what rejects need and general-purpose parsers do not give: the line
 * each record starts on, its raw text, and recovery after bad quoting (the record is reported and
 * reading goes on at the next line, an unterminated quote included). Blank lines are skipped; a leading
 * byte order mark is dropped.
 */
public final class CsvReader implements Closeable {

    public static final char NO_QUOTE = '\0';

    private static final int EOF = -1;
    /** No real cell is this long; past it an opening quote is taken as a stray one. */
    static final int MAX_QUOTED_CHARS = 1 << 16;
    /** A longer record is refused; only its first {@link #KEPT_OF_LONG_RECORD} characters are held. */
    public static final int MAX_RECORD_CHARS = 1 << 20;
    static final int KEPT_OF_LONG_RECORD = 1 << 15;
    public static final String TOO_LONG = "record longer than " + MAX_RECORD_CHARS + " characters";

    private final Reader in;
    private final char delimiter;
    private final char quote;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private boolean started;
    /** Text read past an unterminated quote, to be read again before the rest of the input. */
    private String pending = "";
    private int pendingPosition;

    private final StringBuilder raw = new StringBuilder(256);
    private final StringBuilder cell = new StringBuilder(64);
    private final List<String> cells = new ArrayList<>(16);

    public CsvReader(Reader in, char delimiter, char quote) {
        this.in = in;
        this.delimiter = delimiter;
        this.quote = quote;
    }

    public static CsvReader canonical(Reader in) {
        return new CsvReader(in, ',', '"');
    }

    /** Skips whole physical lines (ignoring quotes), for files with lines before their header. */
    public void skipLines(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            int c = read();
            while (c != EOF && c != '\n' && c != '\r') {
                c = read();
            }
            if (c == EOF) {
                return;
            }
            endOfLine(c);
        }
    }

    /** The next non-blank record, or null at the end of the file. */
    public CsvRecord next() throws IOException {
        while (true) {
            int first = peek();
            if (first == EOF) {
                return null;
            }
            CsvRecord record = readRecord();
            if (!isBlank(record.raw())) {
                return record;
            }
        }
    }

    private CsvRecord readRecord() throws IOException {
        long startLine = line;
        raw.setLength(0);
        cells.clear();
        String problem = null;
        boolean endOfRecord = false;
        while (!endOfRecord) {
            cell.setLength(0);
            boolean leadingSpacesOnly = true;
            boolean fieldDone = false;
            while (!fieldDone) {
                int c = read();
                if (c == EOF) {
                    fieldDone = true;
                    endOfRecord = true;
                } else if (c == '\n' || c == '\r') {
                    endOfLine(c);
                    fieldDone = true;
                    endOfRecord = true;
                } else if (c == delimiter) {
                    raw.append((char) c);
                    fieldDone = true;
                } else if (c == quote && quote != NO_QUOTE && leadingSpacesOnly) {
                    int quoteAt = raw.length();
                    long quoteLine = line;
                    raw.append((char) c);
                    cell.setLength(0);
                    if (!readQuoted()) {
                        problem = "unterminated quoted cell";
                        resumeAfterLineOf(quoteAt, quoteLine);
                        fieldDone = true;
                        endOfRecord = true;
                    } else {
                        int after = afterClosingQuote();
                        if (after == EOF || after == '\n' || after == '\r') {
                            fieldDone = true;
                            endOfRecord = true;
                        } else if (after == delimiter) {
                            fieldDone = true;
                        } else {
                            problem = problem == null ? "unexpected text after a closing quote" : problem;
                            skipToEndOfLine();
                            fieldDone = true;
                            endOfRecord = true;
                        }
                    }
                } else {
                    raw.append((char) c);
                    cell.append((char) c);
                    if (c != ' ' && c != '\t') {
                        leadingSpacesOnly = false;
                    }
                    if (raw.length() > MAX_RECORD_CHARS) {
                        return tooLong(startLine);
                    }
                }
            }
            cells.add(trim(cell));
            if (raw.length() > MAX_RECORD_CHARS) {
                return tooLong(startLine);
            }
        }
        return new CsvRecord(startLine, cells.toArray(new String[0]), raw.toString(), problem);
    }

    /**
     * Refuses the record being read: keeps the start of its text, and reads (without holding) the
     * rest of its physical line.
     */
    private CsvRecord tooLong(long startLine) throws IOException {
        raw.setLength(KEPT_OF_LONG_RECORD);
        cell.setLength(0);
        cells.clear();
        while (true) {
            int c = read();
            if (c == EOF) {
                break;
            }
            if (c == '\n' || c == '\r') {
                endOfLine(c);
                break;
            }
        }
        return new CsvRecord(startLine, new String[0], raw.toString(), TOO_LONG);
    }

    /** Reads a quoted cell's content after its opening quote; false when no closing quote came in time. */
    private boolean readQuoted() throws IOException {
        while (true) {
            if (cell.length() > MAX_QUOTED_CHARS) {
                return false;
            }
            int c = read();
            if (c == EOF) {
                return false;
            }
            raw.append((char) c);
            if (c == quote) {
                if (peek() == quote) {
                    raw.append((char) read());
                    cell.append(quote);
                } else {
                    return true;
                }
            } else {
                if (c == '\n') {
                    line++;
                } else if (c == '\r') {
                    if (peek() == '\n') {
                        raw.append((char) read());
                        cell.append('\r');
                        c = '\n';
                    }
                    line++;
                }
                cell.append((char) c);
            }
        }
    }

    /** After a closing quote: skips spaces and returns the delimiter or line break that ends the cell. */
    private int afterClosingQuote() throws IOException {
        while (true) {
            int c = read();
            if (c == ' ' || (c == '\t' && delimiter != '\t')) {
                if (raw.length() < MAX_RECORD_CHARS) {
                    raw.append((char) c);
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                endOfLine(c);
            } else if (c != EOF) {
                raw.append((char) c);
            }
            return c;
        }
    }

    /**
     * A stray quote would otherwise swallow the rest of the file into one record (and into memory):
     * the record ends with the line its quote opened on, and what was read past it is read again.
     */
    private void resumeAfterLineOf(int quoteAt, long quoteLine) throws IOException {
        int lineEnd = quoteAt;
        while (lineEnd < raw.length() && raw.charAt(lineEnd) != '\n' && raw.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        if (lineEnd == raw.length()) {
            skipToEndOfLine();
            return;
        }
        pending = raw.substring(lineEnd) + pending.substring(pendingPosition);
        pendingPosition = 0;
        raw.setLength(lineEnd);
        line = quoteLine;
    }

    private void skipToEndOfLine() throws IOException {
        while (true) {
            int c = read();
            if (c == EOF) {
                return;
            }
            if (c == '\n' || c == '\r') {
                endOfLine(c);
                return;
            }
            if (raw.length() < MAX_RECORD_CHARS) {
                raw.append((char) c);
            }
        }
    }

    private void endOfLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private static String trim(StringBuilder text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private int read() throws IOException {
        if (pendingPosition < pending.length()) {
            return pending.charAt(pendingPosition++);
        }
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (pendingPosition < pending.length()) {
            return pending.charAt(pendingPosition);
        }
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        if (!started) {
            started = true;
            if (buffer[0] == '\uFEFF') {
                position = 1;
                return position < limit || fill();
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
