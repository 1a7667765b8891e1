package com.stockrecon.inputs;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.stockrecon.inputs.csv.CsvRecord;
import com.stockrecon.runs.StepMonitor;
import com.stockrecon.findings.Findings;
import com.stockrecon.findings.SourceTally;
import com.stockrecon.findings.RowRejected;
import com.stockrecon.findings.InputFileException;
import com.stockrecon.inputs.csv.InputSource;

/** Reads every record of a source and accounts for each: accepted, ignored with a reason, or rejected. */
public final class RowLoop {

    private RowLoop() {
    }

    public static SourceTally run(InputSource input, Findings findings, StepMonitor monitor, RowHandler handler) {
        SourceTally tally = findings.tally(input.source());
        int width = input.width();
        monitor.expectBytes(input.size());
        long reported = 0;
        CsvRecord record;
        while ((record = input.next()) != null) {
            monitor.rowDone();
            long read = input.bytesRead();
            if (read != reported) {
                monitor.bytesRead(read - reported);
                reported = read;
            }
            if (record.problem() != null) {
                findings.reject(tally, record.line(), record.problem(), record.raw());
                continue;
            }
            if (record.size() != width) {
                findings.reject(tally, record.line(), "expected " + width + " cells, found " + record.size(),
                        record.raw());
                continue;
            }
            try {
                String ignoredBecause = handler.handle(record);
                if (ignoredBecause == null) {
                    tally.accepted();
                } else {
                    tally.ignored(ignoredBecause);
                }
            } catch (RowRejected rejected) {
                findings.reject(tally, record.line(), rejected.getMessage(), record.raw());
            }
        }
        monitor.bytesRead(input.bytesRead() - reported);
        return tally;
    }

    /** A core file with more than {@code maxRatio} of its rows rejected fails the run. */
    public static void failIfTooManyRejects(SourceTally tally, BigDecimal maxRatio) {
        if (exceeds(tally.rejectedCount(), tally.read(), maxRatio)) {
            BigDecimal percent = BigDecimal.valueOf(tally.rejectedCount() * 100).divide(BigDecimal.valueOf(tally.read()),
                    2, RoundingMode.HALF_UP);
            throw new InputFileException(tally.source() + ": " + tally.rejectedCount() + " of " + tally.read()
                    + " rows rejected (" + percent + "%), more than max-reject-ratio "
                    + maxRatio.movePointRight(2).stripTrailingZeros().toPlainString() + "%; first: "
                    + tally.firstReject());
        }
    }

    /** rejected / read > maxRatio, exactly. */
    public static boolean exceeds(long rejected, long read, BigDecimal maxRatio) {
        return read > 0 && BigDecimal.valueOf(rejected).compareTo(maxRatio.multiply(BigDecimal.valueOf(read))) > 0;
    }
}
