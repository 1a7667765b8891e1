package com.stockrecon.reports;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import com.stockrecon.runs.RunContext;

/**
 * A further file of the report folder (the planners' page, the workbook), written from the run's
 * work tables into the folder being prepared. It runs on a thread of its own while the CSVs are
 * written, and the folder is published only once every companion has finished.
 */
public interface ReportCompanion {

    /**
     * Writes the companion's file into {@code folder}; throws when it cannot, which fails the
     * publication. A long write checks {@code cancelled} now and then and throws once it is true
     * (the publication has failed or was asked to stop).
     */
    void write(RunContext run, Path folder, BooleanSupplier cancelled);
}
