package com.stockrecon.feeds.layout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import com.stockrecon.inputs.csv.Cells;
import com.stockrecon.findings.RowRejected;

/**
 * A supplier's as_of text: the contract's ISO-8601 forms, or the supplier's own date-time pattern. A
 * value without offset, or a bare date (its midnight), is in the definition's zone, else in the
 * run's.
 */
final class AsOfText {

    private static final ZonedDateTime SAMPLE = ZonedDateTime.of(2026, 11, 24, 13, 45, 30, 0,
            ZoneId.of("Europe/Berlin"));

    private final String pattern;
    private final DateTimeFormatter formatter;
    private final ZoneId zone;
    private String lastValue;
    private ZoneId lastZone;
    private Instant lastInstant;

    /**
     * @param pattern a {@link DateTimeFormatter} pattern, or null for ISO-8601
     * @param zone    zone of values without offset, or null for the run's zone
     */
    AsOfText(String pattern, ZoneId zone) {
        this.pattern = pattern;
        this.formatter = pattern == null ? null : compile(pattern);
        this.zone = zone;
    }

    Instant parse(String value, String column, ZoneId runZone) {
        ZoneId in = zone != null ? zone : runZone;
        // a feed's rows nearly always share one as_of: parsing it once per file instead of once per row
        // halves the time a mapped feed takes to read
        if (value.equals(lastValue) && in.equals(lastZone)) {
            return lastInstant;
        }
        Instant instant;
        if (formatter == null) {
            instant = Cells.asOf(value, column, in);
        } else {
            Cells.required(value, column);
            try {
                instant = toInstant(formatter.parseBest(value, ZonedDateTime::from, LocalDateTime::from,
                        LocalDate::from), in);
            } catch (DateTimeParseException e) {
                throw new RowRejected(column + ": " + RowRejected.quoted(value) + " is not a date-time in the pattern '" + pattern + "'");
            }
        }
        lastValue = value;
        lastZone = in;
        lastInstant = instant;
        return instant;
    }

    /**
     * Compiles a pattern strictly (31.02. is no date) and checks, on a sample, that it reads a whole date
     * and, if it has time fields, a whole time; throws {@link IllegalArgumentException} saying why not.
     */
    static DateTimeFormatter compile(String pattern) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern);
        String letters = letters(pattern);
        if (letters.indexOf('y') >= 0 && letters.indexOf('G') < 0) {
            // STRICT resolving needs the era of a year-of-era ('yyyy'); the current one is meant
            builder.parseDefaulting(ChronoField.ERA, 1);
        }
        DateTimeFormatter formatter = builder.toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
        TemporalAccessor parsed;
        try {
            parsed = formatter.parseBest(formatter.format(SAMPLE), ZonedDateTime::from, LocalDateTime::from,
                    LocalDate::from);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + pattern + "' does not read a whole date (year, month, day)");
        }
        boolean hasTime = letters.chars().anyMatch(c -> "HhKkms".indexOf(c) >= 0);
        if (hasTime && parsed instanceof LocalDate) {
            throw new IllegalArgumentException("'" + pattern + "' does not read a whole time of day"
                    + " (use HH for a 24-hour clock, or hh with a)");
        }
        return formatter;
    }

    private static Instant toInstant(TemporalAccessor parsed, ZoneId zone) {
        if (parsed instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (parsed instanceof LocalDateTime local) {
            return local.atZone(zone).toInstant();
        }
        return ((LocalDate) parsed).atStartOfDay(zone).toInstant();
    }

    /** The pattern letters outside quoted literals. */
    private static String letters(String pattern) {
        StringBuilder letters = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && Character.isLetter(c)) {
                letters.append(c);
            }
        }
        return letters.toString();
    }
}
