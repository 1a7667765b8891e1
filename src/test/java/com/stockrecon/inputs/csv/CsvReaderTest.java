package com.stockrecon.inputs.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The RFC 4180 reader: start line and raw text of each record, trimming, and recovery after bad quoting. */
class CsvReaderTest {

    @Test
    void eachRecordCarriesTheLineItStartsOnTheHeaderBeingLineOne() {
        List<CsvRecord> records = read("sku,quantity\nA,1\nB,2\n");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L);
        assertThat(cells(records)).containsExactly(List.of("sku", "quantity"), List.of("A", "1"), List.of("B", "2"));
    }

    @Test
    void aQuotedCellSpanningLinesKeepsItsLineBreaksAndTheNextRecordsLineCountsThem() {
        List<CsvRecord> records = read("sku,name\nA,\"first\nsecond\nthird\"\nB,plain\n");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 5L);
        assertThat(records.get(1).cells()).containsExactly("A", "first\nsecond\nthird");
        assertThat(records.get(1).raw()).isEqualTo("A,\"first\nsecond\nthird\"");
        assertThat(records.get(1).problem()).isNull();
    }

    @Test
    void aQuotedCellSpanningCrlfLinesCountsEachLineOnce() {
        List<CsvRecord> records = read("h\r\n\"a\r\nb\"\r\nnext\r\n");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 4L);
        assertThat(records.get(1).cells()).containsExactly("a\r\nb");
    }

    @Test
    void doubledQuotesInsideAQuotedCellAreOneQuote() {
        CsvRecord record = single("\"say \"\"hi\"\"\",\"\"\"\",\"\"");

        assertThat(record.cells()).containsExactly("say \"hi\"", "\"", "");
        assertThat(record.problem()).isNull();
    }

    @Test
    void aQuoteInsideAnUnquotedCellIsJustACharacter() {
        assertThat(single("12\" pipe,5").cells()).containsExactly("12\" pipe", "5");
    }

    @Test
    void aLeadingByteOrderMarkIsDropped() {
        List<CsvRecord> records = read("\uFEFFsku,quantity\nA,1\n");

        assertThat(records.get(0).cells()).containsExactly("sku", "quantity");
        assertThat(records.get(0).raw()).isEqualTo("sku,quantity");
        assertThat(records.get(1).line()).isEqualTo(2);
    }

    @Test
    void aByteOrderMarkAloneIsAnEmptyFile() {
        assertThat(read("\uFEFF")).isEmpty();
        assertThat(read("")).isEmpty();
    }

    @Test
    void aByteOrderMarkAfterTheFirstCharacterIsKept() {
        assertThat(single("a,\uFEFFb").cells()).containsExactly("a", "\uFEFFb");
    }

    @Test
    void crlfLoneCrAndLfAllEndALine() {
        List<CsvRecord> records = read("h\r\nA,1\rB,2\nC,3\r\n");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 4L);
        assertThat(records).extracting(CsvRecord::raw).containsExactly("h", "A,1", "B,2", "C,3");
    }

    @Test
    void theLastLineNeedsNoLineBreak() {
        List<CsvRecord> records = read("h\nA,1");

        assertThat(records).hasSize(2);
        assertThat(records.get(1).cells()).containsExactly("A", "1");
        assertThat(records.get(1).raw()).isEqualTo("A,1");
    }

    @Test
    void aQuotedCellEndingTheFileWithoutALineBreakIsComplete() {
        CsvRecord record = single("A,\"x,y\"");

        assertThat(record.cells()).containsExactly("A", "x,y");
        assertThat(record.problem()).isNull();
    }

    @Test
    void blankLinesAreSkippedButStillCountAsLines() {
        List<CsvRecord> records = read("h\n\nA,1\n   \n\t\r\n\r\nB,2\n\n");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 3L, 7L);
        assertThat(records).extracting(CsvRecord::raw).containsExactly("h", "A,1", "B,2");
    }

    @Test
    void aLineOfDelimitersIsARecordOfEmptyCellsNotABlankLine() {
        CsvRecord record = single(",,");

        assertThat(record.cells()).containsExactly("", "", "");
    }

    @Test
    void cellsAreTrimmedOfSpacesAndTabsQuotedOnesToo() {
        CsvRecord record = single("  A \t,\t 12 ,  \"  quoted  \"  , \" \" ");

        assertThat(record.cells()).containsExactly("A", "12", "quoted", "");
        assertThat(record.problem()).isNull();
        assertThat(record.raw()).isEqualTo("  A \t,\t 12 ,  \"  quoted  \"  , \" \" ");
    }

    @Test
    void recordsOfDifferentSizesAreReturnedAsTheyAre() {
        List<CsvRecord> records = read("a,b,c\n1,2,3,4\n1,2\n1,2,3,\n");

        assertThat(records).extracting(CsvRecord::size).containsExactly(3, 4, 2, 4);
        assertThat(records.get(3).cells()).containsExactly("1", "2", "3", "");
        assertThat(records).extracting(CsvRecord::problem).containsOnlyNulls();
    }

    @Test
    void anUnterminatedQuoteIsReportedAndItsRawTextKept() {
        List<CsvRecord> records = read("sku,name\nA,\"never closed ");

        assertThat(records).hasSize(2);
        CsvRecord broken = records.get(1);
        assertThat(broken.line()).isEqualTo(2);
        assertThat(broken.problem()).isEqualTo("unterminated quoted cell");
        assertThat(broken.raw()).isEqualTo("A,\"never closed ");
    }

    @Test
    void anUnterminatedQuoteRejectsOnlyItsLineAndReadingGoesOnAtTheNextLine() {
        List<CsvRecord> records = read("sku,name\nA,\"never closed\nB,2\n\nC,ok\n");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 5L);
        assertThat(records.get(1).problem()).isEqualTo("unterminated quoted cell");
        assertThat(records.get(1).raw()).isEqualTo("A,\"never closed");
        assertThat(records.get(2).cells()).containsExactly("B", "2");
        assertThat(records.get(3).cells()).containsExactly("C", "ok");
        assertThat(records).extracting(CsvRecord::problem)
                .containsExactly(null, "unterminated quoted cell", null, null);
    }

    @Test
    void anUnterminatedQuoteAfterAMultiLineCellEndsWithTheLineItOpenedOn() {
        List<CsvRecord> records = read("h\r\n\"two\r\nlines\",\"stray\r\nB,2\r\n");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 4L);
        assertThat(records.get(1).raw()).isEqualTo("\"two\r\nlines\",\"stray");
        assertThat(records.get(1).problem()).isEqualTo("unterminated quoted cell");
        assertThat(records.get(2).cells()).containsExactly("B", "2");
    }

    @Test
    void aStrayQuoteClosedByAQuoteOnALaterLineIsOneBadRecordSpanningThoseLines() {
        // RFC 4180 cannot tell a stray quote from a cell spanning lines; the record is reported all the same.
        List<CsvRecord> records = read("h\nA,\"x\nB,2\nC,\"y\nD,4\n");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 5L);
        assertThat(records.get(1).problem()).isEqualTo("unexpected text after a closing quote");
        assertThat(records.get(1).raw()).isEqualTo("A,\"x\nB,2\nC,\"y");
        assertThat(records.get(2).cells()).containsExactly("D", "4");
    }

    @Test
    void aQuoteNotClosedWithinTheLimitIsAStrayQuoteAndNothingAfterItIsLost() {
        StringBuilder text = new StringBuilder("h\nA,\"stray\n");
        int rows = CsvReader.MAX_QUOTED_CHARS / 8 + 10;
        for (int i = 0; i < rows; i++) {
            text.append("R").append(i).append(",").append(i % 10).append("\n");
        }
        List<CsvRecord> records = read(text.toString());

        assertThat(records).hasSize(rows + 2);
        assertThat(records.get(1).raw()).isEqualTo("A,\"stray");
        assertThat(records.get(1).problem()).isEqualTo("unterminated quoted cell");
        for (int i = 0; i < rows; i++) {
            CsvRecord record = records.get(i + 2);
            assertThat(record.line()).isEqualTo(i + 3);
            assertThat(record.cells()).containsExactly("R" + i, Integer.toString(i % 10));
        }
    }

    @Test
    void aQuotedCellLongerThanTheLimitOnOneLineIsRejectedWhole() {
        String huge = "x".repeat(CsvReader.MAX_QUOTED_CHARS + 100);
        List<CsvRecord> records = read("h\nA,\"" + huge + "\"\nB,2\n");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L);
        assertThat(records.get(1).problem()).isEqualTo("unterminated quoted cell");
        assertThat(records.get(1).raw()).isEqualTo("A,\"" + huge + "\"");
        assertThat(records.get(2).cells()).containsExactly("B", "2");
    }

    @Test
    void textAfterAClosingQuoteIsReportedAndReadingGoesOnAtTheNextLine() {
        List<CsvRecord> records = read("sku,name\nA,\"x\"y,more\nB,2\n");

        assertThat(records).hasSize(3);
        CsvRecord broken = records.get(1);
        assertThat(broken.line()).isEqualTo(2);
        assertThat(broken.problem()).isEqualTo("unexpected text after a closing quote");
        assertThat(broken.raw()).isEqualTo("A,\"x\"y,more");
        assertThat(records.get(2).line()).isEqualTo(3);
        assertThat(records.get(2).cells()).containsExactly("B", "2");
        assertThat(records.get(2).problem()).isNull();
    }

    @Test
    void spacesAfterAClosingQuoteAreNotText() {
        CsvRecord record = single("\"a\"   ,\"b\"\t");

        assertThat(record.cells()).containsExactly("a", "b");
        assertThat(record.problem()).isNull();
    }

    @Test
    void rawTextIsExactlyAsInTheFileWithoutTheLineBreak() {
        List<CsvRecord> records = read("h\r\n  \"A\" , \"b\"\"c\" ,d  \r\n");

        assertThat(records.get(1).raw()).isEqualTo("  \"A\" , \"b\"\"c\" ,d  ");
        assertThat(records.get(1).cells()).containsExactly("A", "b\"c", "d");
    }

    @Test
    void otherDelimiters() {
        assertThat(single("a;\"b;c\"; d", ';', '"').cells()).containsExactly("a", "b;c", "d");
        assertThat(single("a\t\"b\tc\"\t d ", '\t', '"').cells()).containsExactly("a", "b\tc", "d");
        assertThat(single("a|\"b|c\"|d,e", '|', '"').cells()).containsExactly("a", "b|c", "d,e");
    }

    @Test
    void aTabDelimitedFileKeepsEmptyCellsBetweenTabs() {
        assertThat(single("a\t\tc", '\t', '"').cells()).containsExactly("a", "", "c");
    }

    @Test
    void aCustomQuoteCharacter() {
        CsvRecord record = single("'a,b';'it''s';\"plain\"", ';', '\'');

        assertThat(record.cells()).containsExactly("a,b", "it's", "\"plain\"");
        assertThat(record.problem()).isNull();
    }

    @Test
    void withoutAQuoteCharacterQuotesAreText() {
        assertThat(single("\"a,b\"", ',', CsvReader.NO_QUOTE).cells()).containsExactly("\"a", "b\"");
    }

    @Test
    void skipLinesSkipsWholePhysicalLinesBeforeTheHeader() throws IOException {
        try (CsvReader reader = new CsvReader(new StringReader("Export of 2026-11-24\r\n\"unbalanced\n\nsku\nA\n"),
                ',', '"')) {
            reader.skipLines(3);

            CsvRecord header = reader.next();
            assertThat(header.line()).isEqualTo(4);
            assertThat(header.cells()).containsExactly("sku");
            assertThat(reader.next().line()).isEqualTo(5);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void quotedCellsUpToTheLimitAndLineBreaksSplitAcrossReadsAreReadWhole() {
        String longCell = "x".repeat(CsvReader.MAX_QUOTED_CHARS);
        // A reader handing out one character at a time splits every CRLF across two reads.
        List<CsvRecord> records = read(new TrickleReader("h\r\n\"" + longCell + "\"\r\nB\r\n"), ',', '"');

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L);
        assertThat(records.get(1).cells()).containsExactly(longCell);
    }

    @Test
    void manyRecordsAcrossBufferBoundariesKeepTheirLines() {
        StringBuilder text = new StringBuilder("sku,quantity\r\n");
        for (int i = 2; i <= 20_000; i++) {
            text.append("SKU").append(i).append(",\"").append(i).append("\"\r\n");
        }
        List<CsvRecord> records = read(text.toString());

        assertThat(records).hasSize(20_000);
        for (int i = 1; i < records.size(); i++) {
            CsvRecord record = records.get(i);
            assertThat(record.line()).isEqualTo(i + 1);
            assertThat(record.cells()).containsExactly("SKU" + (i + 1), Integer.toString(i + 1));
        }
    }

    @Test
    void aRecordPastTheLimitIsRefusedWithItsStartKeptAndTheNextRecordIsRead() {
        String huge = "7".repeat(CsvReader.MAX_RECORD_CHARS + 10);
        List<CsvRecord> records = read("sku,quantity\nA," + huge + "\nB,2\n");

        assertThat(records).hasSize(3);
        CsvRecord refused = records.get(1);
        assertThat(refused.problem()).isEqualTo(CsvReader.TOO_LONG);
        assertThat(refused.line()).isEqualTo(2);
        assertThat(refused.raw()).hasSize(CsvReader.KEPT_OF_LONG_RECORD).startsWith("A,777");
        assertThat(records.get(2).cells()).containsExactly("B", "2");
        assertThat(records.get(2).line()).isEqualTo(3);
    }

    @Test
    void aRecordOfManyShortCellsPastTheLimitIsRefusedToo() {
        String many = "a,".repeat(CsvReader.MAX_RECORD_CHARS / 2 + 1);
        List<CsvRecord> records = read(many + "\nB,2\n");

        assertThat(records.get(0).problem()).isEqualTo(CsvReader.TOO_LONG);
        assertThat(records.get(0).size()).isZero();
        assertThat(records.get(1).cells()).containsExactly("B", "2");
    }

    @Test
    void textAfterAClosingQuoteIsKeptOnlyUpToTheLimit() {
        String tail = "x".repeat(CsvReader.MAX_RECORD_CHARS * 2);
        List<CsvRecord> records = read("\"a\"" + tail + "\nB\n");

        assertThat(records.get(0).problem()).isEqualTo("unexpected text after a closing quote");
        assertThat(records.get(0).raw().length()).isLessThanOrEqualTo(CsvReader.MAX_RECORD_CHARS);
        assertThat(records.get(1).cells()).containsExactly("B");
    }

    private static CsvRecord single(String text) {
        return single(text, ',', '"');
    }

    private static CsvRecord single(String text, char delimiter, char quote) {
        List<CsvRecord> records = read(new StringReader(text), delimiter, quote);
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private static List<CsvRecord> read(String text) {
        return read(new StringReader(text), ',', '"');
    }

    private static List<CsvRecord> read(Reader in, char delimiter, char quote) {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(in, delimiter, quote)) {
            CsvRecord record;
            while ((record = reader.next()) != null) {
                records.add(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    private static List<List<String>> cells(List<CsvRecord> records) {
        return records.stream().map(record -> Arrays.asList(record.cells())).toList();
    }

    /** Hands out at most one character per read, as a slow stream may. */
    private static final class TrickleReader extends Reader {

        private final String text;
        private int position;

        TrickleReader(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == text.length()) {
                return -1;
            }
            buffer[offset] = text.charAt(position++);
            return 1;
        }

        @Override
        public void close() {
        }
    }
}
