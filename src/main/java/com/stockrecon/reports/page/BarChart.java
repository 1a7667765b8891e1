package com.stockrecon.reports.page;

import java.util.List;
import java.util.Locale;

/** A horizontal bar chart as inline SVG: a label left of each bar, its value at the bar's end. */
final class BarChart {

    private static final int WIDTH = 640;
    private static final int BAR = 18;
    private static final int GAP = 6;

    private BarChart() {
    }

    /** @param labelWidth pixels kept for the labels; longer labels are cut */
    static String svg(String title, List<Bar> bars, int labelWidth) {
        double max = bars.stream().map(Bar::value).reduce(0.0, Math::max);
        int plot = WIDTH - labelWidth - 70;
        int height = Math.max(1, bars.size()) * (BAR + GAP) + GAP;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>").append(Html.text(title)).append("</title>");
        if (bars.isEmpty()) {
            svg.append("<text x=\"0\" y=\"16\" class=\"muted\">none</text>");
        }
        int y = GAP;
        int chars = Math.max(4, labelWidth / 7);
        for (Bar bar : bars) {
            double length = max <= 0 ? 0 : bar.value() / max * plot;
            int x = labelWidth + 8;
            svg.append("<g><title>").append(Html.text(bar.label() + ": " + bar.valueText())).append("</title>")
                    .append("<text x=\"").append(labelWidth).append("\" y=\"").append(y + BAR - 5)
                    .append("\" text-anchor=\"end\">").append(Html.shortText(bar.label(), chars)).append("</text>")
                    .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
                    .append(format(Math.max(length, bar.value() > 0 ? 1 : 0))).append("\" height=\"").append(BAR)
                    .append("\" fill=\"").append(bar.color()).append("\"/>")
                    .append("<text x=\"").append(format(x + length + 4)).append("\" y=\"").append(y + BAR - 5)
                    .append("\">").append(Html.text(bar.valueText())).append("</text></g>");
            y += BAR + GAP;
        }
        return svg.append("</svg>").toString();
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
