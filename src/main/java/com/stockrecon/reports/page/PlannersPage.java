package com.stockrecon.reports.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.stockrecon.reports.ReportCompanion;
import com.stockrecon.runs.RunContext;
import com.stockrecon.staging.Staging;

/** {@code report.html}: the page planners open first, published with the CSVs. */
@Component
@Order(1)
public class PlannersPage implements ReportCompanion {

    public static final String FILE = "report.html";

    private final Staging staging;

    public PlannersPage(Staging staging) {
        this.staging = staging;
    }

    @Override
    public void write(RunContext run, Path folder, BooleanSupplier cancelled) {
        String page = ReportPage.render(new PageQueries(staging.jdbc()).read(run));
        Path file = folder.resolve(FILE);
        try {
            Files.writeString(file, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
