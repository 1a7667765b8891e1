package com.stockrecon.inputs.csv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.stockrecon.findings.RowRejected;

/**
 * The contract's rules for one cell: whole quantities of at most 12 digits (a zero fraction such
 * as {@code 12.00} allowed), ISO dates, decimals and as_of timestamps. Each parser throws
 * {@link RowRejected} with the reason a planner reads in rejects.csv.
 */
public final class Cells {

    public static final int MAX_DIGITS = 12;

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private final Map<String, LocalDate> dateCache = new HashMap<>();

    public static String required(String value, String column) {
        if (value.isEmpty()) {
            throw new RowRejected(column + ": required cell is empty");
        }
        return value;
    }

    /** A signed whole number; {@code 12.00} is 12, {@code 12.5} is rejected. */
    public static long wholeNumber(String value, String column) {
        required(value, column);
        int length = value.length();
        int i = 0;
        boolean negative = false;
        char first = value.charAt(0);
        if (first == '+' || first == '-') {
            negative = first == '-';
            i = 1;
        }
        int digitsStart = i;
        long result = 0;
        while (i < length && isDigit(value.charAt(i))) {
            result = result * 10 + (value.charAt(i) - '0');
            i++;
            if (i - digitsStart > MAX_DIGITS) {
                throw new RowRejected(column + ": " + RowRejected.quoted(value) + " has more than " + MAX_DIGITS + " digits");
            }
        }
        int digits = i - digitsStart;
        if (digits == 0) {
            throw new RowRejected(column + ": " + RowRejected.quoted(value) + " is not a whole number");
        }
        if (i < length) {
            if (value.charAt(i) != '.' || i == length - 1) {
                throw new RowRejected(column + ": " + RowRejected.quoted(value) + " is not a whole number");
            }
            for (int j = i + 1; j < length; j++) {
                char c = value.charAt(j);
                if (!isDigit(c)) {
                    throw new RowRejected(column + ": " + RowRejected.quoted(value) + " is not a whole number");
                }
                if (c != '0') {
                    throw new RowRejected(column + ": " + RowRejected.quoted(value) + " has a fraction; a whole number is required");
                }
            }
        }
        return negative ? -result : result;
    }

    public static long nonNegative(String value, String column) {
        long number = wholeNumber(value, column);
        if (number < 0) {
            throw new RowRejected(column + ": " + RowRejected.quoted(value) + " is negative");
        }
        return number;
    }

    /** A whole number at least {@code minimum}, or null when the cell is blank (the policy default applies). */
    public static Long optionalAtLeast(String value, String column, long minimum) {
        if (value.isEmpty()) {
            return null;
        }
        long number = wholeNumber(value, column);
        if (number < minimum) {
            throw new RowRejected(column + ": " + RowRejected.quoted(value) + " is " + (minimum == 0 ? "negative" : "less than " + minimum));
        }
        return number;
    }

    /** A non-negative decimal, or null when blank. */
    public static BigDecimal optionalDecimal(String value, String column) {
        if (value.isEmpty()) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            throw new RowRejected(column + ": " + RowRejected.quoted(value) + " is not a decimal number");
        }
        BigDecimal number = new BigDecimal(value);
        if (number.signum() < 0) {
            throw new RowRejected(column + ": " + RowRejected.quoted(value) + " is negative");
        }
        return number;
    }

    /** An ISO date; parsed dates are remembered because a sales file repeats a few dates millions of times. */
    public LocalDate isoDate(String value, String column) {
        required(value, column);
        LocalDate date = dateCache.get(value);
        if (date == null) {
            try {
                date = LocalDate.parse(value, ISO_DATE);
            } catch (DateTimeParseException e) {
                throw new RowRejected(column + ": " + RowRejected.quoted(value) + " is not an ISO date (yyyy-mm-dd)");
            }
            if (dateCache.size() < 100_000) {
                dateCache.put(value, date);
            }
        }
        return date;
    }

    /**
     * An ISO-8601 date-time with offset; without an offset, or a bare date (its midnight), it is in
     * {@code zone}.
     */
    public static Instant asOf(String value, String column, ZoneId zone) {
        required(value, column);
        try {
            if (value.length() <= 10) {
                return LocalDate.parse(value, ISO_DATE).atStartOfDay(zone).toInstant();
            }
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value,
                    java.time.ZonedDateTime::from, LocalDateTime::from);
            if (parsed instanceof java.time.ZonedDateTime zoned) {
                return zoned.toInstant();
            }
            return ((LocalDateTime) parsed).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new RowRejected(column + ": " + RowRejected.quoted(value) + " is not an ISO-8601 date-time or date");
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
