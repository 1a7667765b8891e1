package com.stockrecon.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.stockrecon.runs.RunOutcome;
import com.stockrecon.support.H2JobTestSupport;
import com.stockrecon.support.InputFolders;
import com.stockrecon.support.ReportFiles;

/**
 * rejects.csv for every input: the source file, the line where the record starts (the header being
 * line 1), the reason and the raw text, read back from the published report. The reject ratio
 * rule is lifted here (it has tests of its own) so that small files can show many bad rows.
 */
class RejectsJobTest extends H2JobTestSupport {

    static final LocalDate D = LocalDate.of(2026, 11, 24);

    private static final Map<String, String> ANY_REJECT_RATIO = Map.of("max-reject-ratio", "1");

    @Test
    void catalogRowsBreakingTheRulesAreRejectedAndTheFirstOfTwoEqualSkusKept() {
        Path reports = reconciled("base", "catalog-rejects");

        assertThat(rejects(reports, "catalog.csv")).containsExactly(
                reject(5, "sku: 'A' repeats line 2", "A,Item A again,SUP2,7,0,1,1.00,,,"),
                reject(6, "pack_size: '0' is less than 1", "D,Zero pack,SUP1,7,0,0,1.00,,,"),
                reject(7, "moq: '-5' is negative", "E,Negative moq,SUP1,7,-5,1,1.00,,,"),
                reject(8, "unit_cost: '1.2.3' is not a decimal number", "F,Bad cost,SUP1,7,0,1,1.2.3,,,"),
                reject(9, "sku: required cell is empty", ",No sku,SUP1,7,0,1,1.00,,,"),
                reject(10, "supplier_id: required cell is empty", "G,No supplier,,7,0,1,1.00,,,"),
                reject(11, "expected 10 cells, found 3", "H,Too few cells,SUP1"),
                reject(12, "expected 10 cells, found 11", "I,Too many cells,SUP1,7,0,1,1.00,,,,"),
                reject(13, "unit_cost: '-1.00' is negative", "J,Negative cost,SUP1,7,0,1,-1.00,,,"));
        assertThat(ReportFiles.records(reports.resolve("available_stock.csv")))
                .extracting(row -> row.get("sku") + ":" + row.get("supplier_id"))
                .containsExactly("A:SUP1", "B:SUP1", "C:SUP2");
    }

    @Test
    void supplierRowsWithARepeatedIdOrABadMaxFeedAgeAreRejected() {
        Path reports = reconciled("base", "suppliers-rejects");

        assertThat(rejects(reports, "suppliers.csv")).containsExactly(
                reject(4, "supplier_id: 'SUP1' repeats line 2", "SUP1,Supplier One again,24"),
                reject(5, "max_feed_age_hours: 'two days' is not a whole number", "SUP3,Bad age,two days"),
                reject(6, "max_feed_age_hours: '-1' is negative", "SUP4,Negative age,-1"),
                reject(7, "supplier_id: required cell is empty", ",No id,48"));
    }

    @Test
    void stockQuantitiesThatAreNegativeFractionalTooLongOrEmptyAreRejectedInEachStockFile() {
        Path reports = reconciled("base", "quantity-rejects");

        for (String source : List.of("on_hand.csv", "reservations.csv", "in_transit.csv")) {
            assertThat(rejects(reports, source)).as(source).extracting(row -> row.subList(0, 2)).containsExactly(
                    List.of("4", "quantity: '-1' is negative"),
                    List.of("5", "quantity: '2.5' has a fraction; a whole number is required"),
                    List.of("6", "quantity: '1234567890123' has more than 12 digits"),
                    List.of("7", "quantity: required cell is empty"));
        }
        assertThat(rejects(reports, "on_hand.csv").get(2).get(2)).isEqualTo("B,WH1,1234567890123");
        assertThat(rejects(reports, "in_transit.csv").get(3).get(2)).isEqualTo("P6,B,,2026-11-30");
        // 10 + 12.00 on hand, in transit and reserved for A; the 12-digit quantity for B.
        assertThat(ReportFiles.records(reports.resolve("available_stock.csv")))
                .filteredOn(row -> row.get("sku").equals("A"))
                .extracting(row -> List.of(row.get("on_hand"), row.get("in_transit"), row.get("reserved")))
                .containsExactly(List.of("22", "22", "22"));
    }

    @Test
    void salesWithABadDateOrAFractionAreRejectedReturnsAccepted() {
        Path reports = reconciled("base", "sales-rejects");

        assertThat(rejects(reports, "sales.csv")).containsExactly(
                reject(3, "date: '2026-02-30' is not an ISO date (yyyy-mm-dd)", "2026-02-30,A,5"),
                reject(4, "date: '24/11/2026' is not an ISO date (yyyy-mm-dd)", "24/11/2026,A,5"),
                reject(5, "quantity: '1.5' has a fraction; a whole number is required", "2026-11-20,A,1.5"),
                reject(8, "date: required cell is empty", ",A,5"),
                reject(9, "quantity: required cell is empty", "2026-11-20,A,"));
        var sales = ReportFiles.summary(reports).path("sources").path("sales.csv");
        assertThat(sales.path("accepted").asLong()).as("A's 5 and B's return of -4").isEqualTo(2);
        assertThat(sales.path("ignored_reasons").path("unknown_sku").asLong()).isEqualTo(1);
    }

    @Test
    void countRowsWithABadCountedQuantityOrAnEmptyRequiredCellAreRejected() {
        Path reports = reconciled("base", "counts-rejects");

        assertThat(rejects(reports, "counts.csv")).containsExactly(
                reject(3, "counted_qty: '-2' is negative", "A,WH2,-2"),
                reject(4, "location: required cell is empty", "A,,3"),
                reject(5, "counted_qty: '0.5' has a fraction; a whole number is required", "A,WH1,0.5"),
                reject(7, "sku: required cell is empty", ",WH1,1"));
    }

    @Test
    void feedRowsWithABadAsOfOrANegativeQuantityAreRejected() {
        Path reports = reconciled("base", "feed-rejects");

        assertThat(rejects(reports, "feeds/SUP1/stock.csv")).containsExactly(
                reject(3, "quantity: '-3' is negative", "B,-3,2026-11-24T06:00:00Z"),
                reject(4, "as_of: 'yesterday' is not an ISO-8601 date-time or date", "A,5,yesterday"),
                reject(5, "as_of: '2026-11-24 06:00' is not an ISO-8601 date-time or date", "B,7,2026-11-24 06:00"));
    }

    @Test
    void aRecordsLineIsWhereItStartsCountingTheLinesOfQuotedMultiLineCellsBeforeIt() {
        Path reports = reconciled("base", "multi-line-cell-before-bad-row");

        assertThat(rejects(reports, "catalog.csv")).containsExactly(
                reject(5, "supplier_id: required cell is empty", "B,Bolt,"),
                reject(7, "supplier_id: required cell is empty", "E,\"Spring\ncoil\","),
                reject(10, "expected 3 cells, found 4", "G,Pin,SUP1,extra"));
        assertThat(ReportFiles.records(reports.resolve("available_stock.csv"))).extracting(row -> row.get("sku"))
                .containsExactly("A", "C", "F");
    }

    @Test
    void aRowWithMoreOrFewerCellsThanTheHeaderIsRejectedAndBlankLinesAreNoRows() {
        Path reports = reconciled("base", "extra-and-missing-cells");

        assertThat(rejects(reports, "on_hand.csv")).containsExactly(
                reject(3, "expected 3 cells, found 4", "A,WH2,5,extra"),
                reject(4, "expected 3 cells, found 2", "B,WH1"),
                reject(5, "expected 3 cells, found 4", "B,WH1,7,"));
        var onHand = ReportFiles.summary(reports).path("sources").path("on_hand.csv");
        assertThat(List.of(onHand.path("read").asLong(), onHand.path("accepted").asLong(),
                onHand.path("rejected").asLong())).containsExactly(5L, 2L, 3L);
        assertThat(ReportFiles.records(reports.resolve("available_stock.csv")))
                .extracting(row -> row.get("sku") + ":" + row.get("on_hand"))
                .containsExactly("A:10", "B:0", "C:9");
    }

    private Path reconciled(String... fixtures) {
        RunOutcome outcome = reconcile(InputFolders.of(work.resolve("input"), fixtures), D, ANY_REJECT_RATIO, false);
        assertThat(outcome.result()).as(outcome.message()).isEqualTo(RunOutcome.Result.COMPLETED);
        return reportFolder(D);
    }

    /** The rejects of one source in report order, as line, reason, record. */
    private static List<List<String>> rejects(Path reports, String source) {
        return ReportFiles.records(reports.resolve("rejects.csv")).stream()
                .filter(row -> row.get("source").equals(source))
                .map(row -> List.of(row.get("line"), row.get("reason"), row.get("record")))
                .toList();
    }

    private static List<String> reject(long line, String reason, String record) {
        return List.of(Long.toString(line), reason, record);
    }
}
