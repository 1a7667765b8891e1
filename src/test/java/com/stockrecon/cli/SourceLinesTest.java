package com.stockrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The console's source table: feed files past the first ten fold into one line per status, totals stay. */
class SourceLinesTest {

    @Test
    void feedFilesPastTheFirstTenFoldIntoOneLinePerStatusAndTheTotalsStay() {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode summary = json.createObjectNode();
        ObjectNode sources = summary.putObject("sources");
        ObjectNode current = summary.putObject("current_feed_files");
        counts(sources, "catalog.csv", 100, 98, 2, 0);
        counts(sources, "sales.csv", 1000, 990, 0, 10);
        for (int i = 1; i <= 15; i++) {
            String file = "feeds/S" + String.format("%02d", i) + "/stock.csv";
            counts(sources, file, 10, 9, 1, 0);
            current.put(file, i == 12 ? "stale" : i == 13 ? "invalid" : i == 15 ? null : "usable");
        }
        current.remove("feeds/S15/stock.csv");

        List<SourceLines.Line> lines = SourceLines.of(summary);

        assertThat(lines).extracting(SourceLines.Line::label).containsExactly("catalog.csv", "sales.csv",
                "feeds/S01/stock.csv", "feeds/S02/stock.csv", "feeds/S03/stock.csv", "feeds/S04/stock.csv",
                "feeds/S05/stock.csv", "feeds/S06/stock.csv", "feeds/S07/stock.csv", "feeds/S08/stock.csv",
                "feeds/S09/stock.csv", "feeds/S10/stock.csv", "2 more feed files, usable", "1 more feed files, stale",
                "1 more feed files, invalid", "1 more feed files, not current", "total");
        assertThat(lines.get(12)).isEqualTo(new SourceLines.Line("2 more feed files, usable", 20, 18, 2, 0));
        assertThat(lines.get(lines.size() - 1)).isEqualTo(new SourceLines.Line("total", 1250, 1223, 17, 10));
    }

    private static void counts(ObjectNode sources, String name, long read, long accepted, long rejected,
            long ignored) {
        ObjectNode counts = sources.putObject(name);
        counts.put("read", read);
        counts.put("accepted", accepted);
        counts.put("rejected", rejected);
        counts.put("ignored", ignored);
    }
}
