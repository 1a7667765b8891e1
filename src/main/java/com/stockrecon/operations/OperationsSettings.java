package com.stockrecon.operations;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.stockrecon.config.ConfigurationException;
import com.stockrecon.config.JobDefinition;
import com.stockrecon.config.JobDefinitions;

/**
 * The operations sections of a job definition ({@code metrics:}, {@code health:}, {@code alerts:}),
 * typed, with the defaults of the operations contract. A mistyped key or value names the file and the key.
 *
 * @param textfileDir where {@code stockrecon.prom} goes, or null for no file
 */
public record OperationsSettings(String job, Path textfileDir, Duration maxRunAge, long minFreeMb,
        AlertSettings alerts) {

    public static final int DEFAULT_MAX_RUN_AGE_HOURS = 26;
    public static final long DEFAULT_MIN_FREE_MB = 500;

    private static final Pattern WEBHOOK_KEY = Pattern.compile("alerts\\.webhooks\\[(\\d+)]\\.(url|secret-env)");
    private static final Pattern COMMAND_KEY = Pattern.compile("alerts\\.commands\\[(\\d+)]");
    private static final String DISCREPANCIES_ABOVE = "alerts.when.discrepancies-above.";
    private static final Set<String> SCALAR_KEYS = Set.of("metrics.textfile-dir", "health.max-run-age-hours",
            "health.min-free-mb", "alerts.timeout-seconds", "alerts.retries", "alerts.when.run-failed",
            "alerts.when.critical-alerts-above", "alerts.when.reject-ratio-above",
            "alerts.when.duration-above-minutes", "alerts.when.feeds-not-usable");

    public static OperationsSettings none(String job) {
        return new OperationsSettings(job, null, Duration.ofHours(DEFAULT_MAX_RUN_AGE_HOURS), DEFAULT_MIN_FREE_MB,
                AlertSettings.NONE);
    }

    public static OperationsSettings of(JobDefinition definition) {
        return of(definition, JobDefinitions.readFlat(definition.file()));
    }

    static OperationsSettings of(JobDefinition definition, Map<String, String> values) {
        Values read = new Values(definition.file(), values);
        Map<Integer, String[]> webhooks = new java.util.TreeMap<>();
        Map<Integer, String> commands = new java.util.TreeMap<>();
        Map<String, Long> discrepanciesAbove = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String key = entry.getKey();
            if (!key.startsWith("metrics.") && !key.startsWith("health.") && !key.startsWith("alerts.")) {
                continue;
            }
            Matcher webhook = WEBHOOK_KEY.matcher(key);
            Matcher command = COMMAND_KEY.matcher(key);
            if (webhook.matches()) {
                String[] pair = webhooks.computeIfAbsent(Integer.parseInt(webhook.group(1)), i -> new String[2]);
                pair["url".equals(webhook.group(2)) ? 0 : 1] = entry.getValue().trim();
            } else if (command.matches()) {
                commands.put(Integer.parseInt(command.group(1)), entry.getValue().trim());
            } else if (key.startsWith(DISCREPANCIES_ABOVE)) {
                discrepanciesAbove.put(key.substring(DISCREPANCIES_ABOVE.length()), read.count(key));
            } else if (!SCALAR_KEYS.contains(key)) {
                throw new ConfigurationException(definition.file() + ": unknown key '" + key + "' (operations keys: "
                        + String.join(", ", new java.util.TreeSet<>(SCALAR_KEYS))
                        + ", alerts.webhooks[n].url, alerts.webhooks[n].secret-env, alerts.commands[n],"
                        + " alerts.when.discrepancies-above.<TYPE>)");
            }
        }
        List<AlertSettings.Webhook> hooks = new ArrayList<>();
        webhooks.forEach((index, pair) -> hooks.add(read.webhook(index, pair[0], pair[1])));
        List<String> commandLines = new ArrayList<>();
        commands.forEach((index, line) -> {
            if (line.isEmpty()) {
                throw read.problem("alerts.commands[" + index + "]", "a command is required");
            }
            commandLines.add(line);
        });
        AlertRules rules = new AlertRules(read.flag("alerts.when.run-failed"),
                read.optionalCount("alerts.when.critical-alerts-above"),
                read.optionalRatio("alerts.when.reject-ratio-above"),
                read.optionalCount("alerts.when.duration-above-minutes"),
                read.flag("alerts.when.feeds-not-usable"), discrepanciesAbove);
        rules.discrepancyTypesNotIn(AlertRules.knownDiscrepancyTypes()).ifPresent(type -> {
            throw read.problem(DISCREPANCIES_ABOVE + type, "unknown discrepancy type (types: "
                    + String.join(", ", AlertRules.knownDiscrepancyTypes()) + ")");
        });
        long timeoutSeconds = read.countOr("alerts.timeout-seconds", AlertSettings.DEFAULT_TIMEOUT_SECONDS);
        if (timeoutSeconds < 1) {
            throw read.problem("alerts.timeout-seconds", "must be at least 1");
        }
        AlertSettings alerts = new AlertSettings(List.copyOf(hooks), List.copyOf(commandLines), rules,
                Duration.ofSeconds(timeoutSeconds), (int) read.countOr("alerts.retries", AlertSettings.DEFAULT_RETRIES));
        String textfile = values.get("metrics.textfile-dir");
        Path textfileDir = textfile == null || textfile.isBlank() ? null
                : definition.file().toAbsolutePath().getParent().getParent().resolve(textfile.trim()).normalize();
        long maxAge = read.countOr("health.max-run-age-hours", DEFAULT_MAX_RUN_AGE_HOURS);
        if (maxAge < 1) {
            throw read.problem("health.max-run-age-hours", "must be at least 1");
        }
        return new OperationsSettings(definition.name(), textfileDir, Duration.ofHours(maxAge),
                read.countOr("health.min-free-mb", DEFAULT_MIN_FREE_MB), alerts);
    }

    /** Typed reads of flattened values, each failure naming the file and the key. */
    private record Values(Path file, Map<String, String> values) {

        ConfigurationException problem(String key, String reason) {
            return new ConfigurationException(file + ": key '" + key + "': " + reason);
        }

        long count(String key) {
            String text = values.get(key).trim();
            try {
                long value = Long.parseLong(text);
                if (value < 0) {
                    throw problem(key, "'" + text + "' must not be negative");
                }
                return value;
            } catch (NumberFormatException e) {
                throw problem(key, "'" + text + "' is not a whole number");
            }
        }

        Long optionalCount(String key) {
            return values.containsKey(key) ? count(key) : null;
        }

        long countOr(String key, long fallback) {
            return values.containsKey(key) ? count(key) : fallback;
        }

        BigDecimal optionalRatio(String key) {
            if (!values.containsKey(key)) {
                return null;
            }
            String text = values.get(key).trim();
            try {
                BigDecimal ratio = new BigDecimal(text);
                if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
                    throw problem(key, "'" + text + "' must be between 0 and 1");
                }
                return ratio;
            } catch (NumberFormatException e) {
                throw problem(key, "'" + text + "' is not a number");
            }
        }

        boolean flag(String key) {
            String text = values.getOrDefault(key, "false").trim();
            return switch (text) {
                case "true" -> true;
                case "false" -> false;
                default -> throw problem(key, "'" + text + "' must be true or false");
            };
        }

        AlertSettings.Webhook webhook(int index, String url, String secretEnv) {
            String prefix = "alerts.webhooks[" + index + "].";
            if (url == null || url.isEmpty()) {
                throw problem(prefix + "url", "a URL is required");
            }
            java.net.URI uri;
            try {
                uri = java.net.URI.create(url);
            } catch (IllegalArgumentException e) {
                throw problem(prefix + "url", "'" + url + "' is not a URL");
            }
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw problem(prefix + "url", "'" + url + "' is not an http(s) URL");
            }
            if (secretEnv == null || !secretEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw problem(prefix + "secret-env", "the name of the environment variable that holds the"
                        + " signing secret is required");
            }
            return new AlertSettings.Webhook(uri, secretEnv);
        }
    }
}
