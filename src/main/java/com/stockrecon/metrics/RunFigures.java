package com.stockrecon.metrics;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.stockrecon.operations.LastCompletedRun;
import com.stockrecon.operations.OperationsSettings;
import com.stockrecon.runs.RunFinished;
import com.stockrecon.runs.RunOutcome;

/**
 * The metric samples of each job's last runs: what the textfile holds and what /actuator/prometheus
 * shows. A completed run replaces everything of its job; a failed or stopped one replaces its status's
 * time, the run and step durations, and keeps the last completed run's figures.
 */
@Component
public class RunFigures {

    private static final Logger log = LoggerFactory.getLogger(RunFigures.class);

    private final JdbcTemplate jdbc;
    private final Map<String, List<Sample>> byJob = new ConcurrentHashMap<>();
    private final List<Consumer<List<Sample>>> listeners = new CopyOnWriteArrayList<>();

    public RunFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The status label of a run's outcome; empty when nothing ran (busy, or already completed). */
    public static Optional<String> status(RunOutcome.Result result) {
        return switch (result) {
            case COMPLETED -> Optional.of("completed");
            case FAILED -> Optional.of("failed");
            case STOPPED -> Optional.of("stopped");
            case ALREADY_COMPLETED, BUSY -> Optional.empty();
        };
    }

    /** Records the run's figures; returns the job's samples now, or empty when nothing ran. */
    public synchronized Optional<List<Sample>> record(RunFinished event, OperationsSettings settings) {
        Optional<String> status = status(event.outcome().result());
        if (status.isEmpty()) {
            return Optional.empty();
        }
        String job = event.request().jobName();
        List<Sample> previous = known(settings);
        JobExecution execution = event.outcome().execution();
        Instant ended = execution == null || execution.getEndTime() == null ? Instant.now()
                : instant(execution.getEndTime());
        List<Sample> completed = null;
        if (event.outcome().result() == RunOutcome.Result.COMPLETED) {
            try {
                completed = CompletedRunFigures.read(job, event.outcome().reportFolder());
            } catch (IOException | RuntimeException e) {
                log.warn("metrics of {}: cannot read the summary of {}: {}; keeping the earlier figures", job,
                        event.outcome().reportFolder(), e.getMessage());
            }
        }
        if (completed == null) {
            completed = previous.stream().filter(sample -> sample.series().kind() == Series.Kind.COMPLETED_RUN)
                    .toList();
        }
        List<Sample> samples = new ArrayList<>();
        for (Sample earlier : previous) {
            if (earlier.series() == Series.LAST_RUN_TIMESTAMP
                    && !status.get().equals(earlier.labels().get("status"))) {
                samples.add(earlier);
            }
        }
        samples.add(Sample.of(Series.LAST_RUN_TIMESTAMP, job, ended.getEpochSecond(), status.get()));
        samples.addAll(completed);
        samples.addAll(durations(job, execution, ended));
        byJob.put(job, List.copyOf(samples));
        listeners.forEach(listener -> listener.accept(all()));
        return Optional.of(List.copyOf(samples));
    }

    /** Every job's samples. */
    public List<Sample> all() {
        List<Sample> all = new ArrayList<>();
        byJob.values().forEach(all::addAll);
        return all;
    }

    /** Called with every job's samples after each change (the Micrometer gauges follow it). */
    public void onChange(Consumer<List<Sample>> listener) {
        listeners.add(listener);
        listener.accept(all());
    }

    /**
     * The job's figures as this process knows them; at first from the textfile an earlier process wrote,
     * else from the database's last completed run.
     */
    public synchronized List<Sample> known(OperationsSettings settings) {
        List<Sample> known = byJob.get(settings.job());
        if (known == null) {
            known = load(settings);
            byJob.put(settings.job(), known);
            listeners.forEach(listener -> listener.accept(all()));
        }
        return known;
    }

    private List<Sample> load(OperationsSettings settings) {
        String job = settings.job();
        if (settings.textfileDir() != null) {
            try {
                List<Sample> fromFile = Textfile.read(settings.textfileDir()).stream()
                        .filter(sample -> job.equals(sample.job())).toList();
                if (!fromFile.isEmpty()) {
                    return fromFile;
                }
            } catch (IOException e) {
                log.warn("metrics of {}: cannot read {}: {}", job, settings.textfileDir(), e.getMessage());
            }
        }
        try {
            Optional<LastCompletedRun> last = jdbc.execute((ConnectionCallback<Optional<LastCompletedRun>>)
                    connection -> LastCompletedRun.find(connection, job));
            if (last != null && last.isPresent() && last.get().reportFolder() != null) {
                List<Sample> samples = new ArrayList<>();
                samples.add(Sample.of(Series.LAST_RUN_TIMESTAMP, job, last.get().completedAt().getEpochSecond(),
                        "completed"));
                samples.addAll(CompletedRunFigures.read(job, last.get().reportFolder()));
                return samples;
            }
        } catch (IOException | RuntimeException e) {
            log.warn("metrics of {}: no figures of an earlier completed run: {}", job, e.getMessage());
        }
        return List.of();
    }

    /** The run's wall time and its steps' (a run that failed before its first step has none, and lasted 0). */
    private static List<Sample> durations(String job, JobExecution execution, Instant ended) {
        List<Sample> samples = new ArrayList<>();
        if (execution == null || execution.getStartTime() == null) {
            samples.add(Sample.of(Series.RUN_DURATION, job, 0));
            return samples;
        }
        samples.add(Sample.of(Series.RUN_DURATION, job,
                seconds(Duration.between(instant(execution.getStartTime()), ended))));
        execution.getStepExecutions().stream().sorted(Comparator.comparing(StepExecution::getId)).forEach(step -> {
            if (step.getStartTime() != null) {
                Instant stepEnded = step.getEndTime() == null ? ended : instant(step.getEndTime());
                samples.add(Sample.of(Series.STEP_DURATION, job,
                        seconds(Duration.between(instant(step.getStartTime()), stepEnded)), step.getStepName()));
            }
        });
        return samples;
    }

    private static double seconds(Duration duration) {
        return Math.max(duration.toMillis(), 0) / 1000.0;
    }

    /** Spring Batch records times as local date-times of this JVM's zone. */
    private static Instant instant(LocalDateTime time) {
        return time.atZone(ZoneId.systemDefault()).toInstant();
    }
}
