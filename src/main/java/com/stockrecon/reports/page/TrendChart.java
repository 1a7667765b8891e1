package com.stockrecon.reports.page;

import java.util.List;
import java.util.function.ToLongFunction;

/** Alerts, suggestions and discrepancies of the last completed runs as three lines of an inline SVG. */
final class TrendChart {

    static final String ALERTS = "#c62828";
    static final String SUGGESTIONS = "#1565c0";
    static final String DISCREPANCIES = "#6a1b9a";

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 28;
    private static final int BOTTOM = 40;

    private TrendChart() {
    }

    static String svg(List<TrendPoint> points) {
        long max = 1;
        for (TrendPoint point : points) {
            max = Math.max(max, Math.max(point.alerts(), Math.max(point.suggestions(), point.discrepancies())));
        }
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>Alerts, suggestions and discrepancies of the last ")
                .append(points.size()).append(" completed runs</title>");
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotHeight - plotHeight * i / 4.0;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(BarChart.format(y)).append("\" y2=\"").append(BarChart.format(y))
                    .append("\" class=\"grid\"/><text x=\"").append(LEFT - 6).append("\" y=\"")
                    .append(BarChart.format(y + 4)).append("\" text-anchor=\"end\">")
                    .append(Html.count(Math.round(max * i / 4.0))).append("</text>");
        }
        double step = points.size() > 1 ? (double) plotWidth / (points.size() - 1) : 0;
        int labelEvery = Math.max(1, (points.size() + 5) / 6);
        for (int i = 0; i < points.size(); i++) {
            if (i % labelEvery == 0 || i == points.size() - 1) {
                svg.append("<text x=\"").append(BarChart.format(x(i, step, plotWidth, points.size())))
                        .append("\" y=\"").append(HEIGHT - BOTTOM + 16).append("\" text-anchor=\"")
                        .append(points.size() == 1 ? "middle" : i == 0 ? "start" : i == points.size() - 1 ? "end"
                                : "middle").append("\">")
                        .append(Html.text(points.get(i).label())).append("</text>");
            }
        }
        line(svg, points, TrendPoint::alerts, ALERTS, "alerts", max, step, plotWidth, plotHeight);
        line(svg, points, TrendPoint::suggestions, SUGGESTIONS, "suggestions", max, step, plotWidth, plotHeight);
        line(svg, points, TrendPoint::discrepancies, DISCREPANCIES, "discrepancies", max, step, plotWidth,
                plotHeight);
        legend(svg, 0, ALERTS, "alerts");
        legend(svg, 1, SUGGESTIONS, "purchase suggestions");
        legend(svg, 2, DISCREPANCIES, "discrepancies");
        return svg.append("</svg>").toString();
    }

    private static double x(int index, double step, int plotWidth, int count) {
        return count == 1 ? LEFT + plotWidth / 2.0 : LEFT + index * step;
    }

    private static void line(StringBuilder svg, List<TrendPoint> points, ToLongFunction<TrendPoint> value,
            String color, String name, long max, double step, int plotWidth, int plotHeight) {
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            long v = value.applyAsLong(points.get(i));
            double x = x(i, step, plotWidth, points.size());
            double y = TOP + plotHeight - (double) v / max * plotHeight;
            path.append(i == 0 ? "" : " ").append(BarChart.format(x)).append(',').append(BarChart.format(y));
            dots.append("<circle cx=\"").append(BarChart.format(x)).append("\" cy=\"").append(BarChart.format(y))
                    .append("\" r=\"3\" fill=\"").append(color).append("\"><title>")
                    .append(Html.text(points.get(i).label())).append(": ").append(Html.count(v)).append(' ')
                    .append(name).append("</title></circle>");
        }
        svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(color).append("\" points=\"")
                .append(path).append("\"/>").append(dots);
    }

    private static void legend(StringBuilder svg, int index, String color, String name) {
        int x = LEFT + index * 170;
        svg.append("<rect x=\"").append(x).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"").append(color)
                .append("\"/><text x=\"").append(x + 18).append("\" y=\"18\">").append(name).append("</text>");
    }
}
