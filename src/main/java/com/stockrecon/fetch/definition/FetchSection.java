package com.stockrecon.fetch.definition;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.stockrecon.config.ConfigurationException;
import com.stockrecon.config.JobDefinitions;
import com.stockrecon.fetch.definition.FetchDefinition.Auth;

/**
 * Reads the {@code fetch:} section out of a supplier definition's flattened keys. A bad value stops
 * the command with {@code <file>: key 'fetch.<key>': <problem>}, as the rest of the definition does.
 */
public final class FetchSection {

    public static final String PREFIX = "fetch.";

    private static final Set<String> KEYS = Set.of("url", "auth", "user", "secret-env", "timeout", "retries",
            "max-bytes", "file-name", "redirect-hosts");
    private static final Pattern LIST_ITEM = Pattern.compile("(.*)\\[(\\d+)]");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(KiB|MiB|GiB|B)?");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Path file;
    private final Map<String, String> values;

    private FetchSection(Path file, Map<String, String> values) {
        this.file = file;
        this.values = values;
    }

    /** {@code keys} and the {@code fetch.*} keys: what a supplier definition may hold. */
    public static Set<String> withKeys(Set<String> keys) {
        Set<String> all = new java.util.HashSet<>(keys);
        KEYS.forEach(key -> all.add(PREFIX + key));
        return Set.copyOf(all);
    }

    /** The {@code fetch:} section of a supplier definition, or null when it has none. */
    public static FetchDefinition read(Path file) {
        Map<String, String> flat = JobDefinitions.readFlat(file);
        Map<String, String> section = new TreeMap<>();
        flat.forEach((key, value) -> {
            if (key.startsWith(PREFIX)) {
                section.put(key.substring(PREFIX.length()), value);
            }
        });
        if (section.isEmpty()) {
            return null;
        }
        return new FetchSection(file, section).definition(flat.getOrDefault("files", "*.csv"),
                "file-name".equalsIgnoreCase(String.valueOf(flat.get("as-of.from")).trim()) ? flat.get("as-of.file-name")
                        : null);
    }

    /** {@code asOfFileName}: the regular expression that dates a feed by its name, when the definition has one. */
    private FetchDefinition definition(String filesGlob, String asOfFileName) {
        for (String key : values.keySet()) {
            if (!KEYS.contains(listKey(key))) {
                throw problem(listKey(key), "unknown key (keys: " + String.join(", ", new TreeSet<>(KEYS)) + ")");
            }
        }
        URI url = url();
        Auth auth = auth();
        String user = text("user");
        String secretEnv = text("secret-env");
        if (auth == Auth.NONE) {
            if (secretEnv != null || user != null) {
                throw problem(secretEnv != null ? "secret-env" : "user", "not used without 'auth: bearer' or 'auth: basic'");
            }
        } else {
            if (secretEnv == null) {
                throw problem("secret-env", "required with 'auth: " + lower(auth)
                        + "': the name of the environment variable that holds the secret");
            }
            if (!ENV_NAME.matcher(secretEnv).matches()) {
                throw problem("secret-env", "'" + secretEnv + "' is not an environment variable name; the secret"
                        + " itself never goes into a definition");
            }
        }
        if (auth == Auth.BASIC && user == null) {
            throw problem("user", "required with 'auth: basic'");
        }
        if (auth == Auth.BEARER && user != null) {
            throw problem("user", "only used with 'auth: basic'");
        }
        Duration timeout = duration();
        int retries = retries();
        long maxBytes = size();
        String fileName = fileName(filesGlob, asOfFileName);
        return new FetchDefinition(url, auth, user, secretEnv, timeout, retries, maxBytes, fileName,
                list("redirect-hosts"));
    }

    private URI url() {
        String text = text("url");
        if (text == null) {
            throw problem("url", "required: the address the supplier publishes its stock at");
        }
        try {
            URI url = new URI(text);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
                throw problem("url", "'" + text + "' is not an http:// or https:// address");
            }
            if (url.getRawUserInfo() != null) {
                throw problem("url", "must not hold a user or password; use auth and secret-env");
            }
            return url;
        } catch (URISyntaxException e) {
            throw problem("url", "'" + text + "' is not an address: " + e.getReason());
        }
    }

    private Auth auth() {
        String text = text("auth");
        if (text == null) {
            return Auth.NONE;
        }
        for (Auth auth : Auth.values()) {
            if (auth.name().equalsIgnoreCase(text)) {
                return auth;
            }
        }
        throw problem("auth", "'" + text + "' is not one of none, bearer, basic");
    }

    private Duration duration() {
        String text = text("timeout");
        if (text == null) {
            return FetchDefinition.DEFAULT_TIMEOUT;
        }
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            throw problem("timeout", "'" + text + "' is not a duration such as 30s, 500ms or 2m");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        Duration timeout = switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
        if (timeout.isZero()) {
            throw problem("timeout", "must be more than zero");
        }
        return timeout;
    }

    private int retries() {
        String text = text("retries");
        if (text == null) {
            return FetchDefinition.DEFAULT_RETRIES;
        }
        try {
            int retries = Integer.parseInt(text);
            if (retries < 0 || retries > 10) {
                throw problem("retries", "'" + text + "' must be from 0 to 10");
            }
            return retries;
        } catch (NumberFormatException e) {
            throw problem("retries", "'" + text + "' is not a whole number");
        }
    }

    private long size() {
        String text = text("max-bytes");
        if (text == null) {
            return FetchDefinition.DEFAULT_MAX_BYTES;
        }
        Matcher matcher = SIZE.matcher(text);
        if (!matcher.matches()) {
            throw problem("max-bytes", "'" + text + "' is not a size such as 1048576, 64KiB, 512MiB or 2GiB");
        }
        long factor = switch (matcher.group(2) == null ? "B" : matcher.group(2)) {
            case "KiB" -> 1L << 10;
            case "MiB" -> 1L << 20;
            case "GiB" -> 1L << 30;
            default -> 1L;
        };
        try {
            long bytes = Math.multiplyExact(Long.parseLong(matcher.group(1)), factor);
            if (bytes <= 0) {
                throw problem("max-bytes", "must be more than zero");
            }
            return bytes;
        } catch (ArithmeticException | NumberFormatException e) {
            throw problem("max-bytes", "'" + text + "' is too large");
        }
    }

    /** The pattern must give names the supplier's {@code files} pattern picks up, or the fetched file is never read. */
    private String fileName(String filesGlob, String asOfFileName) {
        String pattern = text("file-name");
        String fileName = pattern == null ? FetchDefinition.DEFAULT_FILE_NAME : pattern;
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw problem("file-name", "'" + fileName + "' must be a file name such as stock_{date}_{time}.csv");
        }
        String sample = new FetchDefinition(URI.create("http://sample"), Auth.NONE, null, null,
                FetchDefinition.DEFAULT_TIMEOUT, 0, 1, fileName, List.of()).fileNameAt(Instant.EPOCH);
        if (sample.contains("{") || sample.contains("}")) {
            throw problem("file-name", "'" + fileName + "' may hold only {date} and {time}");
        }
        try {
            if (!FileSystems.getDefault().getPathMatcher("glob:" + filesGlob).matches(Path.of(sample))) {
                throw problem("file-name", "'" + fileName + "' gives names such as " + sample
                        + " that the definition's files pattern '" + filesGlob + "' does not read");
            }
        } catch (IllegalArgumentException e) {
            // a bad files pattern is reported by the feed definition itself
        }
        try {
            if (asOfFileName != null && !Pattern.compile(asOfFileName.trim()).matcher(sample).matches()) {
                throw problem("file-name", "'" + fileName + "' gives names such as " + sample + " that as-of.file-name '"
                        + asOfFileName.trim() + "' does not match, so a fetched feed would have no as_of");
            }
        } catch (java.util.regex.PatternSyntaxException e) {
            // a bad as-of.file-name is reported by the feed definition itself
        }
        return fileName;
    }

    private String text(String key) {
        String value = values.get(key);
        if (value == null) {
            if (values.keySet().stream().anyMatch(k -> listKey(k).equals(key))) {
                throw problem(key, "must be a single value, not a list");
            }
            return null;
        }
        return value.isBlank() ? null : value.trim();
    }

    private List<String> list(String key) {
        String single = values.get(key);
        if (single != null) {
            return single.isBlank() ? List.of() : List.of(single.trim());
        }
        Map<Integer, String> items = new TreeMap<>();
        values.forEach((k, v) -> {
            Matcher item = LIST_ITEM.matcher(k);
            if (item.matches() && item.group(1).equals(key) && !v.isBlank()) {
                items.put(Integer.parseInt(item.group(2)), v.trim());
            }
        });
        return new ArrayList<>(items.values());
    }

    private ConfigurationException problem(String key, String problem) {
        return new ConfigurationException(file + ": key '" + PREFIX + key + "': " + problem);
    }

    private static String listKey(String key) {
        Matcher item = LIST_ITEM.matcher(key);
        return item.matches() ? item.group(1) : key;
    }

    private static String lower(Auth auth) {
        return auth.name().toLowerCase(Locale.ROOT);
    }
}
