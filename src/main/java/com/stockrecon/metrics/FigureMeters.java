package com.stockrecon.metrics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import com.stockrecon.operations.JobOperations;

/**
 * The run figures as Micrometer gauges, so that /actuator/prometheus shows the same series (same names,
 * same labels) as the textfile; they follow every change of {@link RunFigures}.
 */
@Component
public class FigureMeters implements MeterBinder {

    private final RunFigures figures;

    public FigureMeters(RunFigures figures, JobOperations operations) {
        this.figures = figures;
        // a job registered with this process shows its earlier figures before its first run here
        operations.onRegister(figures::known);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Map<Series, MultiGauge> gauges = new EnumMap<>(Series.class);
        for (Series series : Series.values()) {
            gauges.put(series, MultiGauge.builder(series.metric()).description(series.help()).register(registry));
        }
        figures.onChange(samples -> {
            for (Series series : Series.values()) {
                List<MultiGauge.Row<?>> rows = samples.stream().filter(sample -> sample.series() == series)
                        .<MultiGauge.Row<?>>map(sample -> MultiGauge.Row.of(tags(sample), sample.value()))
                        .toList();
                gauges.get(series).register(rows, true);
            }
        });
    }

    private static Tags tags(Sample sample) {
        Tags tags = Tags.empty();
        for (Map.Entry<String, String> label : sample.labels().entrySet()) {
            tags = tags.and(label.getKey(), label.getValue());
        }
        return tags;
    }
}
