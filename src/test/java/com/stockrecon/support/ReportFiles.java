package com.stockrecon.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads published reports back for assertions. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** The rows of a report, header first, as lists of cells. */
    public static List<List<String>> rows(Path file) {
        try {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(Files.readString(file,
                    StandardCharsets.UTF_8)))) {
                rows.add(record.toList());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a report without its header, each as a map from column to cell. */
    public static List<Map<String, String>> records(Path file) {
        List<List<String>> rows = rows(file);
        List<String> header = rows.get(0);
        List<Map<String, String>> records = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> record = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                record.put(header.get(i), i < row.size() ? row.get(i) : null);
            }
            records.add(record);
        }
        return records;
    }

    public static JsonNode summary(Path folder) {
        return JsonMapper.builder().build().readTree(folder.resolve("summary.json").toFile());
    }

    /** Every CSV report of a folder by file name, as bytes read into strings, for byte-for-byte comparison. */
    public static Map<String, String> csvContents(Path folder) {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                contents.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return contents;
    }

    /** summary.json without its timings, the one part that differs between two runs of the same inputs. */
    public static String summaryWithoutTimings(Path folder) {
        JsonNode summary = summary(folder);
        ((tools.jackson.databind.node.ObjectNode) summary).remove("timings");
        return summary.toString();
    }
}
