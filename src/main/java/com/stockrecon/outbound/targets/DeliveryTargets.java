package com.stockrecon.outbound.targets;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.boot.convert.DurationStyle;

import com.stockrecon.config.ConfigurationException;
import com.stockrecon.config.JobDefinitions;
import com.stockrecon.feeds.layout.SupplierFeedDefinitions;
import com.stockrecon.outbound.targets.DeliveryTarget.Kind;
import com.stockrecon.outbound.targets.DeliveryTarget.SkuFilter;
import com.stockrecon.webhooks.RetryPolicy;

/**
 * The delivery targets of an installation: {@code jobs/distributors/<id>.yml} and the {@code orders:}
 * section of {@code jobs/suppliers/<supplier_id>.yml}. A bad definition is reported as
 * {@code <file>: key '<key>': <problem>}.
 */
public final class DeliveryTargets {

    public static final String DISTRIBUTORS = "distributors";
    public static final int DEFAULT_BATCH_SIZE = 1_000;
    public static final int MAX_BATCH_SIZE = 10_000;

    private static final Set<String> ENDPOINT_KEYS = Set.of("url", "secret-env", "timeout", "retries", "backoff");
    private static final Set<String> DISTRIBUTOR_KEYS = Set.of("description", "url", "secret-env", "timeout",
            "retries", "backoff", "suppliers", "skus", "batch-size");
    private static final Pattern DISTRIBUTOR_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern LIST_ITEM = Pattern.compile("(.*)\\[\\d+]");

    private DeliveryTargets() {
    }

    /** Every target under {@code jobsDir}: distributors by id, then supplier orders by supplier id. */
    public static List<DeliveryTarget> load(Path jobsDir) {
        List<DeliveryTarget> targets = new ArrayList<>();
        for (Path file : definitionFiles(jobsDir.resolve(DISTRIBUTORS))) {
            targets.add(distributor(file));
        }
        for (Path file : definitionFiles(jobsDir.resolve(SupplierFeedDefinitions.FOLDER))) {
            Map<String, String> values = JobDefinitions.readFlat(file);
            Map<String, String> orders = new TreeMap<>();
            values.forEach((key, value) -> {
                if (key.startsWith(SupplierFeedDefinitions.ORDERS + ".")) {
                    orders.put(key.substring(SupplierFeedDefinitions.ORDERS.length() + 1), value);
                }
            });
            if (!orders.isEmpty()) {
                targets.add(supplierOrder(file, orders));
            }
        }
        return targets;
    }

    private static DeliveryTarget distributor(Path file) {
        String id = idOf(file);
        if (!DISTRIBUTOR_ID.matcher(id).matches()) {
            throw new ConfigurationException(file + ": distributor id '" + id
                    + "' must be letters, digits, '-' or '_' (at most 64)");
        }
        Values values = new Values(file, "", JobDefinitions.readFlat(file));
        values.allowOnly(DISTRIBUTOR_KEYS);
        int batchSize = values.integer("batch-size", DEFAULT_BATCH_SIZE, 1, MAX_BATCH_SIZE);
        SkuFilter filter = new SkuFilter(values.list("suppliers"), values.list("skus"));
        return new DeliveryTarget(id, Kind.DISTRIBUTOR, id, values.url(), values.envName(), filter, batchSize,
                values.policy(), file);
    }

    private static DeliveryTarget supplierOrder(Path file, Map<String, String> orders) {
        String supplier = idOf(file);
        Values values = new Values(file, SupplierFeedDefinitions.ORDERS + ".", orders);
        values.allowOnly(ENDPOINT_KEYS);
        return new DeliveryTarget(DeliveryTarget.ORDERS_PREFIX + supplier, Kind.SUPPLIER_ORDER, supplier,
                values.url(), values.envName(), SkuFilter.ALL, Integer.MAX_VALUE, values.policy(), file);
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".yml".length());
    }

    private static List<Path> definitionFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> Files.isRegularFile(file) && file.getFileName().toString().endsWith(".yml")
                    && !file.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new ConfigurationException(folder + ": cannot list definitions: " + e.getMessage(), e);
        }
    }

    /** The keys of one definition (or of its {@code orders:} section), read with errors naming file and key. */
    private record Values(Path file, String prefix, Map<String, String> values) {

        void allowOnly(Set<String> known) {
            for (String key : values.keySet()) {
                String bare = listKey(key);
                if (!known.contains(bare)) {
                    throw problem(bare, "unknown key (keys: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
                }
            }
        }

        String text(String key) {
            String value = values.get(key);
            return value == null || value.isBlank() ? null : value.strip();
        }

        URI url() {
            String text = text("url");
            if (text == null) {
                throw problem("url", "required: the http(s) URL to POST to");
            }
            try {
                URI url = new URI(text);
                if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
                    throw problem("url", "'" + text + "' is not an http or https URL");
                }
                if (url.getUserInfo() != null) {
                    throw problem("url", "must not carry credentials; the message is signed with secret-env");
                }
                return url;
            } catch (URISyntaxException e) {
                throw problem("url", "'" + text + "' is not a URL: " + e.getReason());
            }
        }

        String envName() {
            String text = text("secret-env");
            if (text == null) {
                throw problem("secret-env", "required: the environment variable that holds the whsec_ signing secret");
            }
            if (text.startsWith("whsec_") || !ENV_NAME.matcher(text).matches()) {
                throw problem("secret-env", "must name an environment variable (e.g. ACME_WEBHOOK_SECRET), not hold"
                        + " a secret: secrets never live in files of the project");
            }
            return text;
        }

        RetryPolicy policy() {
            RetryPolicy defaults = RetryPolicy.defaults();
            Duration timeout = duration("timeout", defaults.timeout());
            int retries = integer("retries", defaults.retries(), 0, 20);
            Duration backoff = duration("backoff", defaults.initialBackoff());
            Duration max = backoff.compareTo(defaults.maxBackoff()) > 0 ? backoff : defaults.maxBackoff();
            return new RetryPolicy(timeout, retries, backoff, max);
        }

        Duration duration(String key, Duration defaultValue) {
            String text = text(key);
            if (text == null) {
                return defaultValue;
            }
            Duration duration;
            try {
                duration = DurationStyle.detectAndParse(text);
            } catch (IllegalArgumentException e) {
                throw problem(key, "'" + text + "' is not a duration such as 10s, 500ms or 2m");
            }
            if (duration.isNegative() || (duration.isZero() && !"backoff".equals(key))
                    || duration.compareTo(Duration.ofMinutes(10)) > 0) {
                throw problem(key, "'" + text + "' must lie between 1ms and 10m");
            }
            return duration;
        }

        int integer(String key, int defaultValue, int minimum, int maximum) {
            String text = text(key);
            if (text == null) {
                return defaultValue;
            }
            try {
                int number = Integer.parseInt(text);
                if (number >= minimum && number <= maximum) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw problem(key, "'" + text + "' must be a whole number from " + minimum + " to " + maximum);
        }

        List<String> list(String key) {
            List<String> items = new ArrayList<>();
            String single = text(key);
            if (single != null) {
                items.add(single);
            }
            values.entrySet().stream()
                    .filter(entry -> entry.getKey().startsWith(key + "[") && listKey(entry.getKey()).equals(key))
                    .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(DeliveryTargets::index)))
                    .map(entry -> entry.getValue().strip())
                    .filter(value -> !value.isEmpty())
                    .forEach(items::add);
            return items;
        }

        ConfigurationException problem(String key, String problem) {
            return new ConfigurationException(file + ": key '" + prefix + key + "': " + problem);
        }
    }

    private static String listKey(String key) {
        Matcher item = LIST_ITEM.matcher(key);
        return item.matches() ? item.group(1) : key;
    }

    private static int index(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('[') + 1, key.length() - 1));
    }
}
