package com.stockrecon.findings;

/**
 * Raw record text as rejects.csv holds it: at most a spreadsheet cell's 32,767 characters, one of them
 * kept for the formula guard's quote, with a visible marker where the text was cut.
 */
public final class RawText {

    public static final String CUT_MARKER = " [...cut]";
    static final int MAX_CHARS = 32_766;

    private RawText() {
    }

    public static String capped(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        return prefix(text, MAX_CHARS - CUT_MARKER.length()) + CUT_MARKER;
    }

    /** The first {@code length} characters, one fewer when the cut would split a surrogate pair. */
    static String prefix(String text, int length) {
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }
}
