package com.stockrecon.generate;

/**
 * What the generator wrote into one file and what the job should make of it: rows, rows that are
 * malformed on purpose (rejects), rows naming a SKU outside the catalog, rows of a feed naming
 * another supplier's SKU. A run's summary.json must show the same counts.
 */
public final class FileTally {

    /** Bad rows are kept under this share of a file's rows, far below the max reject ratio of 5%. */
    static final double MALFORMED_CAP = 0.01;

    private final String source;
    private long rows;
    private long malformed;
    private long unknownSku;
    private long foreignSku;
    private long bytes;

    FileTally(String source) {
        this.source = source;
    }

    FileTally(String source, long rows, long malformed, long unknownSku, long foreignSku, long bytes) {
        this(source);
        this.rows = rows;
        this.malformed = malformed;
        this.unknownSku = unknownSku;
        this.foreignSku = foreignSku;
        this.bytes = bytes;
    }

    /** Source name as the job reports it: the file name, or feeds/&lt;supplier&gt;/&lt;file&gt;. */
    public String source() {
        return source;
    }

    public long rows() {
        return rows;
    }

    public long malformed() {
        return malformed;
    }

    public long unknownSku() {
        return unknownSku;
    }

    public long foreignSku() {
        return foreignSku;
    }

    /** Rows the job accepts: not rejected, not ignored. */
    public long accepted() {
        return rows - malformed - unknownSku - foreignSku;
    }

    public long bytes() {
        return bytes;
    }

    void row() {
        rows++;
    }

    void malformedRow() {
        rows++;
        malformed++;
    }

    void unknownSkuRow() {
        rows++;
        unknownSku++;
    }

    void foreignSkuRow() {
        rows++;
        foreignSku++;
    }

    /** Whether one more malformed row keeps the file within {@code cap} of its rows so far. */
    boolean allowsMalformed(double cap) {
        return malformed + 1 <= rows * cap;
    }

    void bytes(long written) {
        bytes = written;
    }
}
