package com.stockrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.support.LargeInputs;
import com.stockrecon.support.StockReconProcess;
import com.stockrecon.support.TestDatabases;

/**
 * The progress of a run in an interactive terminal: a real process inside a pseudo-terminal
 * ({@code script}), on inputs big enough for the refreshed line to show. Each step's line says which
 * step of how many, percent of its input read and time left; the plain line per step stays.
 */
class ProgressInTerminalTest {

    static final LocalDate D = LocalDate.of(2026, 11, 24);

    @TempDir
    Path work;

    @Test
    void aTerminalSeesStepKOfNWithPercentAndTimeLeftAndThePlainStepLines() throws Exception {
        Path input = LargeInputs.write(work.resolve("input"), D, 20_000, 800_000);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String command = Stream.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx768m",
                "-Dstockrecon.home=" + StockReconProcess.HOME, "-cp", classpath, "com.stockrecon.cli.StockRecon",
                "reconcile", "--input", input.toString(), "--reports", work.resolve("reports").toString(), "--date",
                D.toString()).map(ProgressInTerminalTest::quoted).collect(Collectors.joining(" "));
        Path transcript = work.resolve("terminal.txt");
        ProcessBuilder builder = new ProcessBuilder("script", "-qfec", command, "/dev/null")
                .directory(work.toFile()).redirectOutput(transcript.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("STOCKRECON_"));
        builder.environment().put("SPRING_DATASOURCE_URL", TestDatabases.h2FileUrl(work.resolve("db")));
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(transcript, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();

        // the refreshed line is rewritten in place: its states are separated by carriage returns
        List<String> states = Stream.of(output.split("[\r\n]+")).map(String::strip).toList();
        assertThat(states).as(output)
                .anyMatch(line -> line.matches("\\[[1-9]/7] read\\w+ +\\d{1,3}% +[\\d,]+ rows +[\\d,]+ rows/s"
                        + " [\\d.:]+( s)?, ([\\d.:]+( s)?|\\?) left"));
        assertThat(output).contains("step readSales: 800,000 rows in ", "step publish: ");
        assertThat(states).filteredOn(line -> line.startsWith("step ")).as(output)
                .noneMatch(line -> line.contains("["));
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
