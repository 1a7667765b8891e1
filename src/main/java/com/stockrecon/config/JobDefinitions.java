package com.stockrecon.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.quartz.CronExpression;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * Reads the job definitions in {@code jobs/*.yml}. A definition that cannot be used stops start-up
 * with a message naming the file and the key.
 */
public final class JobDefinitions {

    public static final String DEFAULT_JOB = "reconciliation";

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("description", "input", "reports", "schedule.cron",
            "partitions.count", "partitions.remote");
    /** Sections the operations feature reads and checks itself. */
    private static final List<String> OPERATIONS_SECTIONS = List.of("metrics.", "health.", "alerts.");
    private static final Pattern JOB_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private JobDefinitions() {
    }

    public static List<JobDefinition> loadAll(Path jobsDir) {
        if (!Files.isDirectory(jobsDir)) {
            throw new ConfigurationException(jobsDir + ": job definitions folder not found");
        }
        List<JobDefinition> definitions = new ArrayList<>();
        try (Stream<Path> files = Files.list(jobsDir)) {
            for (Path file : files.filter(JobDefinitions::isDefinitionFile).sorted().toList()) {
                definitions.add(load(file));
            }
        } catch (IOException e) {
            throw new ConfigurationException(jobsDir + ": cannot list job definitions: " + e.getMessage(), e);
        }
        return definitions;
    }

    public static JobDefinition load(Path jobsDir, String name) {
        Path file = jobsDir.resolve(name + ".yml");
        if (!JOB_NAME.matcher(name).matches() || !Files.isRegularFile(file)) {
            throw new ConfigurationException(file + ": no such job definition");
        }
        return load(file);
    }

    static boolean isDefinitionFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && name.endsWith(".yml") && !name.startsWith(".");
    }

    public static JobDefinition load(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".yml".length());
        if (!JOB_NAME.matcher(name).matches()) {
            throw new ConfigurationException(file + ": job name '" + name
                    + "' must be letters, digits, '-' or '_' (at most 64)");
        }
        Map<String, String> values = readFlat(file);
        Map<String, String> policy = new LinkedHashMap<>();
        Set<String> policyKeys = Policy.defaults().asProperties().keySet();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith("policy.")) {
                String policyKey = PolicyBinding.canonicalKey(key.substring("policy.".length()));
                if (!policyKeys.contains(policyKey)) {
                    throw new ConfigurationException(file + ": unknown key '" + key + "' (policy keys: "
                            + String.join(", ", policyKeys) + ")");
                }
                policy.put(policyKey, entry.getValue());
            } else if (!TOP_LEVEL_KEYS.contains(key) && !CatalogSource.KEYS.contains(key)
                    && OPERATIONS_SECTIONS.stream().noneMatch(key::startsWith)) {
                throw new ConfigurationException(file + ": unknown key '" + key + "'");
            }
        }
        String input = required(file, values, "input");
        String reports = values.getOrDefault("reports", "reports");
        String cron = values.get("schedule.cron");
        if (cron != null && !CronExpression.isValidExpression(cron)) {
            throw new ConfigurationException(file + ": key 'schedule.cron': '" + cron
                    + "' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week)");
        }
        try {
            PolicyBinding.bind(policy);
        } catch (ConfigurationException e) {
            throw new ConfigurationException(file + ": " + e.getMessage(), e);
        }
        CatalogSource catalog = CatalogSource.fromDefinition(file, values);
        return new JobDefinition(name, file, input, reports, cron, Map.copyOf(policy), catalog,
                partitionPlan(file, values));
    }

    private static PartitionPlan partitionPlan(Path file, Map<String, String> values) {
        String count = values.getOrDefault("partitions.count", "0").trim();
        String remote = values.getOrDefault("partitions.remote", "false").trim();
        if (!count.matches("[0-9]{1,4}")) {
            throw new ConfigurationException(file + ": key 'partitions.count': '" + count
                    + "' is not a number of partitions (0 = one per core)");
        }
        if (!remote.equals("true") && !remote.equals("false")) {
            throw new ConfigurationException(file + ": key 'partitions.remote': '" + remote + "' is not true or false");
        }
        return new PartitionPlan(Integer.parseInt(count), Boolean.parseBoolean(remote));
    }

    private static String required(Path file, Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(file + ": required key '" + key + "' is missing");
        }
        return value.trim();
    }

    /** A YAML file's values by flattened key ({@code a.b}, {@code a.list[0]}); unreadable YAML names the file. */
    public static Map<String, String> readFlat(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(file.toString(),
                    new FileSystemResource(file));
            for (PropertySource<?> source : sources) {
                if (source instanceof EnumerablePropertySource<?> enumerable) {
                    for (String key : enumerable.getPropertyNames()) {
                        Object value = enumerable.getProperty(key);
                        values.put(key, value == null ? "" : value.toString());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ConfigurationException(file + ": not readable YAML: " + rootMessage(e), e);
        }
        return values;
    }

    /** A binding failure as "key: reason", the way an operator reads it. */
    static String describe(BindException e, String prefix) {
        String key = e.getName().toString();
        Throwable cause = e.getCause();
        while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof ConfigurationException) {
                break;
            }
            cause = cause.getCause();
        }
        if (cause instanceof ConfigurationException configuration) {
            return configuration.getMessage();
        }
        Object value = e.getProperty() == null ? null : e.getProperty().getValue();
        return key + ": cannot use '" + value + "'" + (cause == null ? "" : " (" + cause.getMessage() + ")");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).replace('\n', ' ');
    }
}
