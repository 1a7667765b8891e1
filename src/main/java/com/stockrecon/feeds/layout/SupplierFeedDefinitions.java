package com.stockrecon.feeds.layout;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

import com.stockrecon.config.ConfigurationException;
import com.stockrecon.config.JobDefinitions;
import com.stockrecon.feeds.layout.SupplierFeedDefinition.AsOfFrom;
import com.stockrecon.feeds.layout.SupplierFeedDefinition.Field;
import com.stockrecon.feeds.layout.SupplierFeedDefinition.SkuMatch;
import com.stockrecon.fetch.definition.FetchSection;
import com.stockrecon.inputs.csv.CsvReader;

/**
 * The supplier feed definitions of an installation: {@code jobs/suppliers/<supplier_id>.yml}, each
 * describing how one supplier's feed files are named, when they have arrived and how they are laid
 * out. Loaded and validated in full before a run starts, so that a bad definition stops the command
 * with {@code <file>: key '<key>': <problem>}; the feeds step loads them again from the folder the
 * run's parameters name.
 */
public final class SupplierFeedDefinitions {

    public static final String FOLDER = "suppliers";
    /** A definition's section for the supplier's order endpoint (read by the outbound feature, not here). */
    public static final String ORDERS = "orders";

    private static final Set<String> KEYS = FetchSection.withKeys(Set.of("description", "files", "encoding", "delimiter", "quote",
            "skip-lines", "header", "columns.sku", "columns.quantity", "columns.as-of", "quantity.decimal-separator",
            "quantity.thousands-separator", "as-of.from", "as-of.pattern", "as-of.zone", "as-of.file-name",
            "match-sku-on", "arrival.require-done-marker", "arrival.require-sha256"));

    private static final Map<String, Character> DELIMITERS = Map.of("comma", ',', "semicolon", ';', "tab", '\t',
            "pipe", '|');
    private static final Map<String, String> THOUSANDS = Map.of("none", "", "dot", ".", "comma", ",",
            "apostrophe", "'", "space", " \u00A0\u202F");

    private static final SupplierFeedDefinitions NONE = new SupplierFeedDefinitions(null, Map.of());

    private final Path folder;
    private final Map<String, SupplierFeedDefinition> bySupplier;

    private SupplierFeedDefinitions(Path folder, Map<String, SupplierFeedDefinition> bySupplier) {
        this.folder = folder;
        this.bySupplier = bySupplier;
    }

    /** The definitions in {@code <jobsDir>/suppliers/}; none when the folder does not exist. */
    public static SupplierFeedDefinitions load(Path jobsDir) {
        return loadFolder(jobsDir.resolve(FOLDER));
    }

    /** The definitions in a folder; none when it is null or does not exist. */
    public static SupplierFeedDefinitions loadFolder(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return NONE;
        }
        Map<String, SupplierFeedDefinition> definitions = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(SupplierFeedDefinitions::isDefinitionFile).sorted().toList()) {
                Map<String, String> values = JobDefinitions.readFlat(file);
                // a definition holding only an orders: section leaves the supplier's feeds canonical
                if (values.isEmpty() || !feedKeys(values).isEmpty()) {
                    SupplierFeedDefinition definition = parse(file, feedKeys(values));
                    definitions.put(definition.supplier(), definition);
                }
            }
        } catch (IOException e) {
            throw new ConfigurationException(folder + ": cannot list supplier feed definitions: " + e.getMessage(), e);
        }
        return new SupplierFeedDefinitions(folder.toAbsolutePath().normalize(), Map.copyOf(definitions));
    }

    /** The folder the definitions were read from, or null when there is none. */
    public Path folder() {
        return folder;
    }

    public Optional<SupplierFeedDefinition> of(String supplierId) {
        return Optional.ofNullable(bySupplier.get(supplierId));
    }

    public Set<String> suppliers() {
        return bySupplier.keySet();
    }

    private static boolean isDefinitionFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && name.endsWith(".yml") && !name.startsWith(".");
    }

    private static Map<String, String> feedKeys(Map<String, String> values) {
        Map<String, String> feed = new java.util.LinkedHashMap<>(values);
        feed.keySet().removeIf(key -> key.startsWith(ORDERS + "."));
        return feed;
    }

    static SupplierFeedDefinition parse(Path file) {
        return parse(file, feedKeys(JobDefinitions.readFlat(file)));
    }

    private static SupplierFeedDefinition parse(Path file, Map<String, String> flat) {
        String fileName = file.getFileName().toString();
        String supplier = fileName.substring(0, fileName.length() - ".yml".length());
        DefinitionValues values = new DefinitionValues(file, flat);
        values.allowOnly(KEYS);
        String files = glob(values);
        Charset encoding = encoding(values);
        char delimiter = delimiter(values);
        char quote = quote(values, delimiter);
        int skipLines = values.integer("skip-lines", 0, 0);
        boolean header = values.flag("header", true);
        AsOfFrom asOfFrom = choice(values, "as-of.from", AsOfFrom.COLUMN, AsOfFrom.class);
        List<Field> fields = asOfFrom == AsOfFrom.COLUMN ? List.of(Field.values()) : List.of(Field.SKU, Field.QUANTITY);
        if (asOfFrom != AsOfFrom.COLUMN && values.has("columns.as-of")) {
            throw values.problem("columns.as-of", "not used: as-of.from is " + lower(asOfFrom));
        }
        Map<Field, List<String>> names = header ? names(values, fields) : Map.of();
        Map<Field, Integer> positions = header ? Map.of() : positions(values, fields);
        char decimal = decimalSeparator(values);
        String thousands = thousandsSeparators(values, decimal);
        String pattern = values.text("as-of.pattern", null);
        if (pattern != null) {
            if (asOfFrom == AsOfFrom.MODIFIED_TIME) {
                throw values.problem("as-of.pattern", "not used: as-of.from is modified-time");
            }
            try {
                AsOfText.compile(pattern);
            } catch (IllegalArgumentException e) {
                throw values.problem("as-of.pattern", e.getMessage() != null && e.getMessage().startsWith("'")
                        ? e.getMessage() : "'" + pattern + "' is not a date-time pattern: " + e.getMessage());
            }
        }
        ZoneId zone = zone(values, asOfFrom);
        String fileNameRegex = fileNameRegex(values, asOfFrom);
        SkuMatch skuMatch = choice(values, "match-sku-on", SkuMatch.SKU, SkuMatch.class);
        return new SupplierFeedDefinition(supplier, file, files, encoding, delimiter, quote, skipLines, header, names,
                positions, decimal, thousands, asOfFrom, pattern, zone, fileNameRegex, skuMatch,
                values.flag("arrival.require-done-marker", false), values.flag("arrival.require-sha256", false),
                FetchSection.read(file));
    }

    private static String glob(DefinitionValues values) {
        String files = values.text("files", "*.csv");
        if (files.isBlank() || files.contains("/") || files.contains("\\")) {
            throw values.problem("files", "'" + files + "' must be a file name pattern such as *.csv, not a path");
        }
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + files);
        } catch (PatternSyntaxException e) {
            throw values.problem("files", "'" + files + "' is not a valid file name pattern: " + e.getDescription());
        }
        return files;
    }

    private static Charset encoding(DefinitionValues values) {
        String name = values.text("encoding", "UTF-8");
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw values.problem("encoding", "'" + name
                    + "' is not a known encoding (e.g. UTF-8, ISO-8859-1, windows-1252, UTF-16)");
        }
    }

    private static char delimiter(DefinitionValues values) {
        String text = values.text("delimiter", ",");
        Character named = DELIMITERS.get(text.toLowerCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        if (text.length() != 1 || text.charAt(0) == '\n' || text.charAt(0) == '\r' || text.charAt(0) == '"') {
            throw values.problem("delimiter", "'" + text + "' is not a delimiter (comma, semicolon, tab, pipe"
                    + " or one other character)");
        }
        return text.charAt(0);
    }

    private static char quote(DefinitionValues values, char delimiter) {
        String text = values.text("quote", "\"");
        if (text.equalsIgnoreCase("none")) {
            return CsvReader.NO_QUOTE;
        }
        if (text.length() != 1 || text.charAt(0) == delimiter || Character.isWhitespace(text.charAt(0))) {
            throw values.problem("quote", "'" + text + "' is not a quote character (one character other than the"
                    + " delimiter, or none)");
        }
        return text.charAt(0);
    }

    private static Map<Field, List<String>> names(DefinitionValues values, List<Field> fields) {
        Map<Field, List<String>> names = new EnumMap<>(Field.class);
        Map<String, Field> taken = new HashMap<>();
        for (Field field : fields) {
            String key = "columns." + field.key;
            List<String> aliases = values.list(key);
            if (aliases.isEmpty()) {
                if (values.has(key)) {
                    throw values.problem(key, "names no column");
                }
                aliases = List.of(field.canonicalName);
            }
            for (String alias : aliases) {
                Field other = taken.putIfAbsent(alias.toLowerCase(Locale.ROOT), field);
                if (other != null && other != field) {
                    throw values.problem(key, "'" + alias + "' is also a name of columns." + other.key);
                }
            }
            names.put(field, List.copyOf(new LinkedHashSet<>(aliases)));
        }
        return names;
    }

    private static Map<Field, Integer> positions(DefinitionValues values, List<Field> fields) {
        Map<Field, Integer> positions = new EnumMap<>(Field.class);
        Map<Integer, Field> taken = new HashMap<>();
        for (Field field : fields) {
            String key = "columns." + field.key;
            List<String> given = values.list(key);
            if (given.size() != 1) {
                throw values.problem(key, given.isEmpty()
                        ? "required without a header: the column's position (1 is the first column)"
                        : "without a header a column has one position, not a list of names");
            }
            int position = values.integer(key, given.get(0), 1);
            Field other = taken.putIfAbsent(position, field);
            if (other != null) {
                throw values.problem(key, "column " + position + " is also columns." + other.key);
            }
            positions.put(field, position);
        }
        return positions;
    }

    private static char decimalSeparator(DefinitionValues values) {
        String text = values.text("quantity.decimal-separator", ".");
        return switch (text.toLowerCase(Locale.ROOT)) {
            case ".", "dot" -> '.';
            case ",", "comma" -> ',';
            default -> throw values.problem("quantity.decimal-separator", "'" + text + "' is not '.' or ','");
        };
    }

    private static String thousandsSeparators(DefinitionValues values, char decimal) {
        String text = values.text("quantity.thousands-separator", "none");
        String separators = THOUSANDS.get(text.toLowerCase(Locale.ROOT));
        if (separators == null) {
            separators = switch (text) {
                case ".", ",", "'" -> text;
                case " " -> THOUSANDS.get("space");
                default -> throw values.problem("quantity.thousands-separator", "'" + text
                        + "' is not a thousands separator (none, dot, comma, apostrophe, space)");
            };
        }
        if (separators.indexOf(decimal) >= 0) {
            throw values.problem("quantity.thousands-separator", "'" + text
                    + "' is also the decimal separator");
        }
        return separators;
    }

    private static ZoneId zone(DefinitionValues values, AsOfFrom asOfFrom) {
        String text = values.text("as-of.zone", null);
        if (text == null) {
            return null;
        }
        if (asOfFrom == AsOfFrom.MODIFIED_TIME) {
            throw values.problem("as-of.zone", "not used: as-of.from is modified-time");
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw values.problem("as-of.zone", "'" + text + "' is not a time zone such as UTC or Europe/Berlin");
        }
    }

    private static String fileNameRegex(DefinitionValues values, AsOfFrom asOfFrom) {
        String regex = values.text("as-of.file-name", null);
        if (asOfFrom != AsOfFrom.FILE_NAME) {
            if (regex != null) {
                throw values.problem("as-of.file-name", "only used with 'as-of.from: file-name'");
            }
            return null;
        }
        if (regex == null) {
            throw values.problem("as-of.file-name", "required with 'as-of.from: file-name': a regular expression"
                    + " whose first group is the as_of, e.g. 'stock_(\\d{8})\\.txt'");
        }
        try {
            if (Pattern.compile(regex).matcher("").groupCount() < 1) {
                throw values.problem("as-of.file-name", "'" + regex + "' has no group ( ) around the as_of");
            }
        } catch (PatternSyntaxException e) {
            throw values.problem("as-of.file-name", "'" + regex + "' is not a regular expression: "
                    + e.getDescription());
        }
        return regex;
    }

    private static <E extends Enum<E>> E choice(DefinitionValues values, String key, E defaultValue, Class<E> type) {
        String text = values.text(key, null);
        if (text == null) {
            return defaultValue;
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(lower(constant));
            if (lower(constant).equalsIgnoreCase(text) || constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw values.problem(key, "'" + text + "' is not one of " + String.join(", ", allowed));
    }

    /** SUPPLIER_SKU as supplier_sku, FILE_NAME as file-name: the way a definition writes it. */
    private static String lower(Enum<?> constant) {
        String name = constant.name().toLowerCase(Locale.ROOT);
        return constant instanceof SkuMatch ? name : name.replace('_', '-');
    }
}
