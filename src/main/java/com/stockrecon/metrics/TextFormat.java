package com.stockrecon.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Prometheus text exposition format (version 0.0.4) for our series: written for the textfile, and
 * read back so that a run replaces its own job's samples and keeps the rest.
 */
public final class TextFormat {

    private TextFormat() {
    }

    public static String render(List<Sample> samples) {
        StringBuilder out = new StringBuilder();
        for (Series series : Series.values()) {
            List<Sample> ofSeries = samples.stream().filter(sample -> sample.series() == series)
                    .sorted(Comparator.comparing(TextFormat::labelText)).toList();
            if (ofSeries.isEmpty()) {
                continue;
            }
            out.append("# HELP ").append(series.metric()).append(' ').append(series.help()).append('\n');
            out.append("# TYPE ").append(series.metric()).append(" gauge\n");
            for (Sample sample : ofSeries) {
                out.append(series.metric()).append(labelText(sample)).append(' ').append(number(sample.value()))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** The samples of our series in a text; lines of other series, comments and broken lines are skipped. */
    public static List<Sample> parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                parseLine(line.strip()).ifPresent(samples::add);
            }
        }
        return samples;
    }

    private static Optional<Sample> parseLine(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        Map<String, String> labels = new LinkedHashMap<>();
        String name;
        int valueAt;
        if (brace >= 0 && brace < space) {
            name = line.substring(0, brace);
            int end = parseLabels(line, brace + 1, labels);
            if (end < 0) {
                return Optional.empty();
            }
            valueAt = end + 1;
        } else {
            name = line.substring(0, space);
            valueAt = space;
        }
        Optional<Series> series = Series.named(name);
        if (series.isEmpty() || !labels.containsKey(Series.JOB)) {
            return Optional.empty();
        }
        String[] rest = line.substring(Math.min(valueAt, line.length())).strip().split("\\s+");
        try {
            return Optional.of(new Sample(series.get(), labels, Double.parseDouble(rest[0])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Reads {@code a="x",b="y"}} from {@code from}; returns the index of the closing brace, -1 when broken. */
    private static int parseLabels(String line, int from, Map<String, String> labels) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '}') {
                return i;
            }
            if (c == ',' || c == ' ') {
                i++;
                continue;
            }
            int eq = line.indexOf('=', i);
            if (eq < 0 || eq + 1 >= line.length() || line.charAt(eq + 1) != '"') {
                return -1;
            }
            String key = line.substring(i, eq).strip();
            StringBuilder value = new StringBuilder();
            int j = eq + 2;
            for (; j < line.length(); j++) {
                char v = line.charAt(j);
                if (v == '\\' && j + 1 < line.length()) {
                    char next = line.charAt(++j);
                    value.append(next == 'n' ? '\n' : next);
                } else if (v == '"') {
                    break;
                } else {
                    value.append(v);
                }
            }
            if (j >= line.length()) {
                return -1;
            }
            labels.put(key, value.toString());
            i = j + 1;
        }
        return -1;
    }

    private static String labelText(Sample sample) {
        StringBuilder out = new StringBuilder("{");
        sample.labels().forEach((key, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(key).append("=\"").append(value.replace("\\", "\\\\").replace("\"", "\\\"")
                    .replace("\n", "\\n")).append('"');
        });
        return out.append('}').toString();
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
