package com.stockrecon.metrics;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.stockrecon.operations.JobOperations;
import com.stockrecon.operations.OperationsSettings;
import com.stockrecon.runs.RunFinished;

/** After every run, completed or failed: its figures, and the job's stockrecon.prom when it has a textfile folder. */
@Component
public class MetricsTextfileListener {

    private static final Logger log = LoggerFactory.getLogger(MetricsTextfileListener.class);

    private final RunFigures figures;
    private final JobOperations operations;

    public MetricsTextfileListener(RunFigures figures, JobOperations operations) {
        this.figures = figures;
        this.operations = operations;
    }

    @EventListener
    @Order(300)
    public void on(RunFinished event) {
        String job = event.request().jobName();
        try {
            OperationsSettings settings = operations.of(job);
            Optional<List<Sample>> samples = figures.record(event, settings);
            if (samples.isPresent() && settings.textfileDir() != null) {
                Textfile.replace(settings.textfileDir(), job, samples.get());
            }
        } catch (Exception e) {
            log.error("metrics of {} for {}: cannot write {}; the run's outcome stands", job,
                    event.request().businessDate(), Textfile.FILE_NAME, e);
        }
    }
}
