package com.stockrecon.api.push;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.stockrecon.api.http.ApiSettings;
import com.stockrecon.config.JobDefinition;
import com.stockrecon.config.JobDefinitions;
import com.stockrecon.inputs.InputFiles;

/**
 * Where a push lands: the feeds folder of its supplier in the input that the job's run for the push's
 * business date reads ({@code {date}} being the as_of date in the job's zone).
 */
@Component
public class PushDestination {

    private final ApiSettings settings;
    private volatile JobDefinition definition;

    public PushDestination(ApiSettings settings) {
        this.settings = settings;
    }

    public String job() {
        return settings.job();
    }

    public ZoneId zone() {
        return definition().policy(Map.of()).zone();
    }

    public LocalDate businessDate(Instant asOf) {
        return asOf.atZone(zone()).toLocalDate();
    }

    public Path supplierFolder(String supplierId, Instant asOf) {
        LocalDate date = businessDate(asOf);
        Path input = settings.input() != null
                ? Path.of(settings.input().replace("{date}", date.toString())).toAbsolutePath().normalize()
                : definition().inputDir(date);
        Path feeds = input.resolve(InputFiles.FEEDS);
        Path folder = feeds.resolve(supplierId).normalize();
        if (!folder.getParent().equals(feeds)) {
            throw new IllegalArgumentException("supplier id '" + supplierId + "' is not a folder name");
        }
        return folder;
    }

    private JobDefinition definition() {
        JobDefinition loaded = definition;
        if (loaded == null) {
            Path jobs = Path.of(settings.jobsDir() == null ? "jobs" : settings.jobsDir()).toAbsolutePath().normalize();
            loaded = JobDefinitions.load(jobs, settings.job());
            definition = loaded;
        }
        return loaded;
    }
}
