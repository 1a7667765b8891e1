package com.stockrecon.feeds.layout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.stockrecon.config.ConfigurationException;

/**
 * The flattened keys of one definition file, read with the problem of a bad value reported as
 * {@code <file>: key '<key>': <problem>}.
 */
final class DefinitionValues {

    private static final Pattern LIST_ITEM = Pattern.compile("(.*)\\[(\\d+)]");

    private final Path file;
    private final Map<String, String> values;

    DefinitionValues(Path file, Map<String, String> values) {
        this.file = file;
        this.values = values;
    }

    /** Every key (a list's items under their list's key) must be one of {@code known}. */
    void allowOnly(Set<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(listKey(key))) {
                throw problem(listKey(key), "unknown key (keys: " + String.join(", ", new java.util.TreeSet<>(known))
                        + ")");
            }
        }
    }

    boolean has(String key) {
        return values.containsKey(key) || values.keySet().stream().anyMatch(k -> listKey(k).equals(key));
    }

    /** A text value, trimmed unless it is only spaces or a tab (a delimiter may be one). */
    String text(String key, String defaultValue) {
        String value = values.get(key);
        if (value == null) {
            if (has(key)) {
                throw problem(key, "must be a single value, not a list");
            }
            return defaultValue;
        }
        return value.isBlank() ? value : value.trim();
    }

    boolean flag(String key, boolean defaultValue) {
        String value = text(key, null);
        if (value == null) {
            return defaultValue;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw problem(key, "'" + value + "' is not true or false");
        };
    }

    int integer(String key, int defaultValue, int minimum) {
        String value = text(key, null);
        if (value == null) {
            return defaultValue;
        }
        return integer(key, value, minimum);
    }

    int integer(String key, String value, int minimum) {
        int number;
        try {
            number = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw problem(key, "'" + value + "' is not a whole number");
        }
        if (number < minimum) {
            throw problem(key, "'" + value + "' must be at least " + minimum);
        }
        return number;
    }

    /** A value given as one item or as a YAML list, in list order; empty when the key is absent. */
    List<String> list(String key) {
        String single = values.get(key);
        if (single != null) {
            return single.isBlank() ? List.of() : List.of(single.trim());
        }
        Map<Integer, String> items = new TreeMap<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            Matcher item = LIST_ITEM.matcher(entry.getKey());
            if (item.matches() && item.group(1).equals(key) && !entry.getValue().isBlank()) {
                items.put(Integer.parseInt(item.group(2)), entry.getValue().trim());
            }
        }
        return new ArrayList<>(items.values());
    }

    ConfigurationException problem(String key, String problem) {
        return new ConfigurationException(file + ": key '" + key + "': " + problem);
    }

    private static String listKey(String key) {
        Matcher item = LIST_ITEM.matcher(key);
        return item.matches() ? item.group(1) : key;
    }
}
