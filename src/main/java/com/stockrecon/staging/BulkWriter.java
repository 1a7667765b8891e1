package com.stockrecon.staging;

/** Appends rows to one table as fast as the database allows; rows are committed on {@link #close()}. */
public interface BulkWriter extends AutoCloseable {

    /** Values in the column order the writer was opened with: String, Long, Integer, BigDecimal or null. */
    void row(Object... values);

    long rows();

    @Override
    void close();
}
