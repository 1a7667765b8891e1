import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The parse floor of the benchmark: the seconds commons-csv takes to parse every input file once, on
 * one thread (tab-separated feeds as TDF, the rest as RFC 4180; text after a closing quote, which the
 * generated malformed rows have, is allowed rather than fatal). Run as a source file:
 * {@code java -cp commons-csv.jar bench/ParseFloor.java <input folder>}; prints seconds, records, cells.
 */
public final class ParseFloor {

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile).filter(ParseFloor::isData).sorted().toList();
        }
        // One untimed pass warms the parser up, as the job's JIT is warm after its first file.
        parse(files.subList(0, Math.min(1, files.size())));
        long started = System.nanoTime();
        long[] counts = parse(files);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%.1f %d %d%n", seconds, counts[0], counts[1]);
    }

    private static boolean isData(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
    }

    private static long[] parse(List<Path> files) throws IOException {
        long records = 0;
        long cells = 0;
        for (Path file : files) {
            CSVFormat format = (file.getFileName().toString().endsWith(".csv") ? CSVFormat.DEFAULT : CSVFormat.TDF)
                    .builder().setTrailingData(true).setLenientEof(true).get();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    CSVParser parser = format.parse(in)) {
                for (CSVRecord record : parser) {
                    records++;
                    cells += record.size();
                }
            }
        }
        return new long[] {records, cells};
    }
}
