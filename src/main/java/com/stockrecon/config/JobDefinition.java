package com.stockrecon.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * One job an operator defines in {@code jobs/<name>.yml}: where its inputs and reports live, when
 * the scheduler runs it, and the policy values it changes.
 *
 * @param input  input directory; {@code {date}} is replaced by the business date
 * @param cron    Quartz cron expression (seconds first), or null when the job is not scheduled
 * @param catalog where the catalog and on-hand stock come from (canonical files unless a
 *                {@code catalog:} section says otherwise)
 * @param partitions {@code partitions.count} and {@code partitions.remote}: how the partitioned steps run
 */
public record JobDefinition(
        String name,
        Path file,
        String input,
        String reports,
        String cron,
        Map<String, String> policy,
        CatalogSource catalog,
        PartitionPlan partitions) {

    public JobDefinition {
        catalog = catalog == null ? CatalogSource.CANONICAL : catalog;
        partitions = partitions == null ? PartitionPlan.LOCAL : partitions;
    }

    public JobDefinition(String name, Path file, String input, String reports, String cron,
            Map<String, String> policy, CatalogSource catalog) {
        this(name, file, input, reports, cron, policy, catalog, PartitionPlan.LOCAL);
    }

    public JobDefinition(String name, Path file, String input, String reports, String cron,
            Map<String, String> policy) {
        this(name, file, input, reports, cron, policy, CatalogSource.CANONICAL);
    }

    public Path inputDir(LocalDate businessDate) {
        return resolve(input.replace("{date}", businessDate.toString()));
    }

    public Path reportsDir() {
        return resolve(reports);
    }

    /** Relative paths in a definition are relative to the folder that holds {@code jobs/}. */
    private Path resolve(String path) {
        Path home = file.toAbsolutePath().getParent().getParent();
        return home.resolve(path).normalize();
    }

    public Policy policy(Map<String, String> overrides) {
        Map<String, String> merged = new java.util.LinkedHashMap<>(policy);
        merged.putAll(overrides);
        return PolicyBinding.bind(merged);
    }
}
