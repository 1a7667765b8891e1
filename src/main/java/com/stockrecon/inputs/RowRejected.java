package com.stockrecon.inputs;

/** A row that breaks the input rules; the message is the reason written to rejects.csv. */
public final class RowRejected extends RuntimeException {

    public RowRejected(String reason) {
        super(reason, null, false, false);
    }
}
