package com.stockrecon.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/** One value of a series for one set of labels ({@code job} first). */
public record Sample(Series series, Map<String, String> labels, double value) {

    public Sample {
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** A sample of the job; {@code labelValues} pair with {@link Series#labels()} in order. */
    public static Sample of(Series series, String job, double value, String... labelValues) {
        if (labelValues.length != series.labels().size()) {
            throw new IllegalArgumentException(series.metric() + " takes labels " + series.labels());
        }
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(Series.JOB, job);
        for (int i = 0; i < labelValues.length; i++) {
            labels.put(series.labels().get(i), labelValues[i]);
        }
        return new Sample(series, labels, value);
    }

    public String job() {
        return labels.get(Series.JOB);
    }
}
