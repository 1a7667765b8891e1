package com.stockrecon.reports;

import java.nio.file.Path;

/**
 * More files of a feature in the report folder, written by the publish step into the folder before it
 * is published, so that they appear with the rest of it, atomically.
 */
public interface ReportContribution {

    /** Writes the feature's files for the run into {@code folder} (the unpublished report folder). */
    void write(long runId, Path folder);
}
