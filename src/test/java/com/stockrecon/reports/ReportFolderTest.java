package com.stockrecon.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report folder appears whole or not at all (§3), and a rerun replaces it the same way. */
class ReportFolderTest {

    private static final String D = "2026-11-24";

    @TempDir
    Path reports;

    @Test
    void aFolderBeingWrittenIsNeverVisibleUnderItsFinalName() throws IOException {
        ReportFolder folder = new ReportFolder(reports, D);

        Path writing = folder.begin();
        Files.writeString(writing.resolve("alerts.csv"), "sku\n");

        assertThat(writing.getFileName().toString()).isEqualTo("." + D + ".partial");
        assertThat(reports.resolve(D)).doesNotExist();
        assertThat(listing(reports)).containsExactly("." + D + ".partial");
    }

    @Test
    void publishingMovesTheWholeFolderIntoPlace() throws IOException {
        ReportFolder folder = new ReportFolder(reports, D);
        Path writing = folder.begin();
        Files.writeString(writing.resolve("alerts.csv"), "sku\n");
        Files.writeString(writing.resolve("summary.json"), "{}");

        Path published = folder.publish();

        assertThat(published).isEqualTo(reports.resolve(D));
        assertThat(listing(published)).containsExactly("alerts.csv", "summary.json");
        assertThat(published.resolve("alerts.csv")).hasContent("sku");
        assertThat(listing(reports)).containsExactly(D);
    }

    @Test
    void anOlderFolderStaysWholeWhileTheNewOneIsWrittenThenIsReplaced() throws IOException {
        publish(List.of("old.csv", "alerts.csv"), "first run");

        ReportFolder rerun = new ReportFolder(reports, D);
        Path writing = rerun.begin();
        Files.writeString(writing.resolve("alerts.csv"), "second run");
        assertThat(listing(reports.resolve(D))).containsExactly("alerts.csv", "old.csv");
        assertThat(reports.resolve(D).resolve("alerts.csv")).hasContent("first run");

        rerun.publish();

        assertThat(listing(reports.resolve(D))).containsExactly("alerts.csv");
        assertThat(reports.resolve(D).resolve("alerts.csv")).hasContent("second run");
        assertThat(listing(reports)).containsExactly(D);
    }

    @Test
    void publishingTwiceGivesTheSecondContent() throws IOException {
        publish(List.of("alerts.csv"), "one");
        publish(List.of("alerts.csv"), "two");

        assertThat(reports.resolve(D).resolve("alerts.csv")).hasContent("two");
        assertThat(listing(reports)).containsExactly(D);
    }

    @Test
    void leftoversOfACrashAreClearedByTheNextPublication() throws IOException {
        // killed while writing: a half-written partial folder
        Path partial = Files.createDirectory(reports.resolve("." + D + ".partial"));
        Files.writeString(partial.resolve("alerts.csv"), "half");
        Files.writeString(partial.resolve("stale.csv"), "from the crashed run");
        // killed between the two renames of a rerun: the old folder set aside
        Path replaced = Files.createDirectory(reports.resolve("." + D + ".replaced"));
        Files.createDirectory(replaced.resolve("nested"));
        Files.writeString(replaced.resolve("nested").resolve("old.csv"), "old");

        ReportFolder folder = new ReportFolder(reports, D);
        Path writing = folder.begin();
        assertThat(listing(writing)).isEmpty();
        Files.writeString(writing.resolve("alerts.csv"), "whole");
        folder.publish();

        assertThat(listing(reports)).containsExactly(D);
        assertThat(listing(reports.resolve(D))).containsExactly("alerts.csv");
        assertThat(reports.resolve(D).resolve("alerts.csv")).hasContent("whole");
    }

    @Test
    void otherDatesAreLeftAlone() throws IOException {
        Path yesterday = Files.createDirectory(reports.resolve("2026-11-23"));
        Files.writeString(yesterday.resolve("alerts.csv"), "yesterday");
        Path hidden = Files.createDirectory(reports.resolve(".2026-11-23.partial"));

        publish(List.of("alerts.csv"), "today");

        assertThat(yesterday.resolve("alerts.csv")).hasContent("yesterday");
        assertThat(hidden).isDirectory();
    }

    @Test
    void aMissingReportsFolderIsCreated() throws IOException {
        Path nested = reports.resolve("a").resolve("b");
        ReportFolder folder = new ReportFolder(nested, D);

        Files.writeString(folder.begin().resolve("alerts.csv"), "x");
        folder.publish();

        assertThat(nested.resolve(D).resolve("alerts.csv")).hasContent("x");
    }

    private void publish(List<String> files, String content) throws IOException {
        ReportFolder folder = new ReportFolder(reports, D);
        Path writing = folder.begin();
        for (String file : files) {
            Files.writeString(writing.resolve(file), content);
        }
        folder.publish();
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
