package com.stockrecon.feeds.layout;

import com.stockrecon.inputs.csv.CsvRecord;

/** The records of one open feed file and how to read a record as a {@link FeedRow}. */
public interface FeedRows extends AutoCloseable {

    /** The next record, or null at the end. */
    CsvRecord next();

    /**
     * The record as a feed row; throws {@link com.stockrecon.findings.RowRejected} for a malformed one
     * (including a wrong number of cells).
     */
    FeedRow parse(CsvRecord record);

    @Override
    void close();
}
