package com.stockrecon.runs;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

/** The steps running now, for whoever displays progress; and the end of each step, for the log. */
@Component
public class RunProgress {

    private final RunInterruption interruption;
    private final List<StepMonitor> running = new CopyOnWriteArrayList<>();
    private final List<Consumer<StepReport>> listeners = new CopyOnWriteArrayList<>();

    public RunProgress(RunInterruption interruption) {
        this.interruption = interruption;
    }

    public StepMonitor begin(String step) {
        StepMonitor monitor = new StepMonitor(step, interruption);
        running.add(monitor);
        return monitor;
    }

    public void end(StepMonitor monitor, String outcome) {
        running.remove(monitor);
        StepReport report = new StepReport(monitor.step(), monitor.rows(), monitor.elapsedMillis(), outcome);
        listeners.forEach(listener -> listener.accept(report));
    }

    public List<StepMonitor> running() {
        return List.copyOf(running);
    }

    public void onStepEnd(Consumer<StepReport> listener) {
        listeners.add(listener);
    }

    public record StepReport(String step, long rows, long millis, String outcome) {
    }
}
