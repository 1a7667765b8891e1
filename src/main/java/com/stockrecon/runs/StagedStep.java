package com.stockrecon.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.stockrecon.runs.StageLedger.StagedOutput;

/**
 * A step that stages its work in tables of the run and can be run again at any time: it reuses its
 * own earlier work when the fingerprint of its inputs and the row counts of its tables still match,
 * and redoes it from scratch otherwise. Every step of the job is one, which is what makes a killed
 * run restart where it stopped with the same reports as an unbroken one.
 */
public abstract class StagedStep implements Tasklet {

    public static final String REUSED = "REUSED";

    private static final Logger log = LoggerFactory.getLogger(StagedStep.class);

    private final RunContexts contexts;
    private final StageLedger ledger;
    private final RunProgress progress;

    protected StagedStep(StepServices services) {
        this.contexts = services.contexts();
        this.ledger = services.ledger();
        this.progress = services.progress();
    }

    /** The step's name in the job: its key in the ledger. */
    public abstract String name();

    /** Adds what the step's result depends on: its input files, policy, upstream steps. */
    protected abstract void describeInputs(RunContext run, Fingerprint fingerprint);

    /** Does the work; returns the tables it filled. */
    protected abstract List<StagedOutput> stage(Attempt attempt) throws Exception;

    /** One execution of the step: the run, its progress monitor and the fingerprint of its inputs. */
    public record Attempt(RunContext run, StepMonitor monitor, String fingerprint,
            org.springframework.batch.core.step.StepExecution stepExecution) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext run = contexts.of(chunkContext.getStepContext().getStepExecution().getJobExecution());
        Fingerprint fingerprint = new Fingerprint(ledger, run.runId());
        fingerprint.add(name());
        describeInputs(run, fingerprint);
        String digest = fingerprint.digest();
        StepMonitor monitor = progress.begin(name());
        String outcome = "failed";
        try {
            // a stop asked for between two steps (or before the run began) is honoured before any work
            monitor.checkStop();
            if (ledger.isIntact(run.runId(), name(), digest)) {
                contribution.setExitStatus(new ExitStatus(REUSED, "staged work of an earlier attempt is intact"));
                outcome = "reused";
            } else {
                ledger.forget(run.runId(), name());
                List<StagedOutput> outputs = stage(new Attempt(run, monitor, digest,
                        chunkContext.getStepContext().getStepExecution()));
                ledger.record(run.runId(), name(), digest, outputs);
                outcome = "done";
            }
            return RepeatStatus.FINISHED;
        } catch (StopRequested stop) {
            outcome = "stopped";
            throw new JobInterruptedException(stop.getMessage());
        } finally {
            progress.end(monitor, outcome);
            log.debug("step {} of run {}: {}", name(), run.runLabel(), outcome);
        }
    }

    /** What a step's staged result depends on, hashed. */
    public static final class Fingerprint {

        private final StageLedger ledger;
        private final long runId;
        private final MessageDigest sha;

        Fingerprint(StageLedger ledger, long runId) {
            this.ledger = ledger;
            this.runId = runId;
            try {
                this.sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        public Fingerprint add(String part) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return this;
        }

        /** A file by path, size and modification time; a missing file counts as "absent". */
        public Fingerprint file(Path file) {
            add(file.toAbsolutePath().normalize().toString());
            try {
                if (Files.isRegularFile(file)) {
                    add(Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis());
                } else {
                    add("absent");
                }
            } catch (IOException e) {
                add("unreadable");
            }
            return this;
        }

        public Fingerprint upstream(String step) {
            return add(step + "=" + ledger.fingerprint(runId, step));
        }

        String digest() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
