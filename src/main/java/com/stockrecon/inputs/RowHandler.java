package com.stockrecon.inputs;

import com.stockrecon.inputs.csv.CsvRecord;

/** Uses one well-formed record. */
@FunctionalInterface
public interface RowHandler {

    /** Null when the row is accepted, else the reason it is ignored; throws {@link RowRejected} to reject it. */
    String handle(CsvRecord record);
}
