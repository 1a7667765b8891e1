package com.stockrecon.health;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import com.stockrecon.config.JobDefinition;
import com.stockrecon.operations.LastCompletedRun;
import com.stockrecon.operations.OperationsSettings;

/**
 * The health components of operations.md §2 for one job: database (reachable within 5 s), last-run
 * (a completed run, not older than {@code health.max-run-age-hours}), input (today's folder readable),
 * reports-disk (at least {@code health.min-free-mb} free where reports go).
 */
public final class HealthChecks {

    public static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(5);

    private static final ExecutorService PROBES = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "stockrecon-health-probe");
        thread.setDaemon(true);
        return thread;
    });

    private HealthChecks() {
    }

    public static List<ComponentHealth> check(JobDefinition definition, OperationsSettings settings,
            ConnectionSource database, Clock clock) {
        Instant now = clock.instant();
        DatabaseAnswer answer = probe(database, definition.name());
        LocalDate today = LocalDate.ofInstant(now, definition.policy(Map.of()).zone());
        return List.of(answer.health(), lastRun(answer, settings.maxRunAge(), now, definition.name()),
                input(definition.inputDir(today), today), reportsDisk(definition.reportsDir(), settings.minFreeMb()));
    }

    /** What the database said within the timeout: whether it answered, and (if it did) the job's last completed run. */
    record DatabaseAnswer(ComponentHealth health, Optional<LastCompletedRun> lastCompleted) {
    }

    static DatabaseAnswer probe(ConnectionSource database, String job) {
        long started = System.nanoTime();
        Future<Optional<LastCompletedRun>> query = PROBES.submit(() -> {
            try (Connection connection = database.open()) {
                connection.setReadOnly(true);
                return LastCompletedRun.find(connection, job);
            }
        });
        try {
            Optional<LastCompletedRun> last = query.get(DATABASE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            long millis = (System.nanoTime() - started) / 1_000_000;
            return new DatabaseAnswer(ComponentHealth.up(ComponentHealth.DATABASE, database.describe() + " answered in "
                    + millis + " ms"), last);
        } catch (TimeoutException e) {
            query.cancel(true);
            return new DatabaseAnswer(ComponentHealth.down(ComponentHealth.DATABASE, database.describe()
                    + " did not answer within " + DATABASE_TIMEOUT.toSeconds() + " s"), Optional.empty());
        } catch (ExecutionException e) {
            return new DatabaseAnswer(ComponentHealth.down(ComponentHealth.DATABASE, database.describe()
                    + " not reachable: " + oneLine(e.getCause())), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DatabaseAnswer(ComponentHealth.down(ComponentHealth.DATABASE, "interrupted"), Optional.empty());
        }
    }

    static ComponentHealth lastRun(DatabaseAnswer answer, Duration maxAge, Instant now, String job) {
        if (!answer.health().up()) {
            return ComponentHealth.down(ComponentHealth.LAST_RUN, "unknown: the database is not reachable");
        }
        if (answer.lastCompleted().isEmpty()) {
            return ComponentHealth.down(ComponentHealth.LAST_RUN, "no completed run of " + job);
        }
        LastCompletedRun last = answer.lastCompleted().get();
        Duration age = Duration.between(last.completedAt(), now);
        String detail = job + " " + last.businessDate() + " completed at " + last.completedAt() + " ("
                + hours(age) + " ago, limit " + maxAge.toHours() + " h)";
        return age.compareTo(maxAge) > 0 ? ComponentHealth.down(ComponentHealth.LAST_RUN, detail)
                : ComponentHealth.up(ComponentHealth.LAST_RUN, detail);
    }

    static ComponentHealth input(Path folder, LocalDate today) {
        if (!Files.isDirectory(folder)) {
            return ComponentHealth.down(ComponentHealth.INPUT, folder + " (for " + today + ") is missing");
        }
        try (Stream<Path> files = Files.list(folder)) {
            long count = files.count();
            return ComponentHealth.up(ComponentHealth.INPUT, folder + " (for " + today + ") is readable, " + count
                    + (count == 1 ? " entry" : " entries"));
        } catch (IOException | SecurityException e) {
            return ComponentHealth.down(ComponentHealth.INPUT, folder + " (for " + today + ") is unreadable: "
                    + oneLine(e));
        }
    }

    static ComponentHealth reportsDisk(Path reports, long minFreeMb) {
        Path existing = reports.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return ComponentHealth.down(ComponentHealth.REPORTS_DISK, reports + ": no such place");
        }
        try {
            FileStore store = Files.getFileStore(existing);
            long freeMb = store.getUsableSpace() / (1024 * 1024);
            String detail = String.format(Locale.ROOT, "%,d MB free for %s (minimum %,d MB)", freeMb, reports,
                    minFreeMb);
            return freeMb < minFreeMb ? ComponentHealth.down(ComponentHealth.REPORTS_DISK, detail)
                    : ComponentHealth.up(ComponentHealth.REPORTS_DISK, detail);
        } catch (IOException e) {
            return ComponentHealth.down(ComponentHealth.REPORTS_DISK, reports + ": " + oneLine(e));
        }
    }

    private static String hours(Duration age) {
        long minutes = Math.max(age.toMinutes(), 0);
        return minutes < 60 ? minutes + " min" : String.format(Locale.ROOT, "%.1f h", minutes / 60.0);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().lines().findFirst().orElse("");
    }
}
