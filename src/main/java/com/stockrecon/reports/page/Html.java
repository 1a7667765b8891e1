package com.stockrecon.reports.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Escaping and number formats of the page. Every text that comes from inputs goes through {@link #text}. */
final class Html {

    private Html() {
    }

    /** Text for an element's content or a quoted attribute: markup characters escaped, control characters dropped. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 && c != 0x7f || c == '\t') {
                        out.append(c);
                    } else {
                        out.append(' ');
                    }
                }
            }
        }
        return out.toString();
    }

    /** Text cut to {@code max} characters (with an ellipsis), then escaped. */
    static String shortText(String value, int max) {
        if (value != null && value.length() > max) {
            return text(value.substring(0, max - 1)) + "…";
        }
        return text(value);
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String money(BigDecimal value) {
        return String.format(Locale.ROOT, "%,.2f", value.setScale(2, RoundingMode.HALF_UP));
    }
}
