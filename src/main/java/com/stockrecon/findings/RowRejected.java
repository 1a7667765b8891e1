package com.stockrecon.findings;

/** A row that breaks the input rules; the message is the reason written to rejects.csv. */
public final class RowRejected extends RuntimeException {

    /** Cells quoted in a reason are cut past this length: the record itself is in rejects.csv. */
    static final int QUOTED_CHARS = 100;

    public RowRejected(String reason) {
        super(reason, null, false, false);
    }

    /** A cell as a reason quotes it: {@code 'value'}, cut with its length when it is long. */
    public static String quoted(String value) {
        if (value.length() <= QUOTED_CHARS) {
            return "'" + value + "'";
        }
        return "'" + RawText.prefix(value, QUOTED_CHARS) + "[...]' (" + value.length() + " characters)";
    }

    /** Text as a message shows it: cut with its length when it is long. */
    public static String shortened(String value) {
        if (value.length() <= QUOTED_CHARS) {
            return value;
        }
        return RawText.prefix(value, QUOTED_CHARS) + "[...] (" + value.length() + " characters)";
    }
}
