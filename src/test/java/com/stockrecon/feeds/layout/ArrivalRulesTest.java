package com.stockrecon.feeds.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.feeds.layout.FeedFormat.FeedArrival;

/** A feed is read only once it has fully arrived. */
class ArrivalRulesTest {

    @TempDir
    Path folder;

    private final ArrivalRules plain = rules("*", false, false);

    @Test
    void filesStillBeingWrittenMarkersAndSidecarsAreNeverFeeds() throws IOException {
        for (String name : new String[] {"stock.csv.part", "stock.csv.tmp", "stock.TMP", "stock.csv.done",
                "stock.csv.sha256", ".stock.csv"}) {
            assertThat(plain.of(touch(name))).as(name).isEqualTo(FeedArrival.NOT_A_FEED);
        }
        assertThat(plain.of(touch("stock.csv"))).isEqualTo(FeedArrival.READY);
    }

    @Test
    void onlyNamesMatchingTheDefinitionAreFeeds() throws IOException {
        ArrivalRules tsv = rules("bestand_*.tsv", false, false);

        assertThat(tsv.of(touch("bestand_20261124.tsv"))).isEqualTo(FeedArrival.READY);
        assertThat(tsv.of(touch("bestand_20261124.csv"))).isEqualTo(FeedArrival.NOT_A_FEED);
        assertThat(tsv.of(touch("readme.txt"))).isEqualTo(FeedArrival.NOT_A_FEED);
    }

    @Test
    void aDoneMarkerIsAwaitedWhenAskedFor() throws IOException {
        ArrivalRules done = rules("*.csv", true, false);
        Path stock = touch("stock.csv");
        Path other = touch("other.csv");

        FeedArrival waiting = done.of(stock);
        touch("stock.csv.done");
        touch("other.done");

        assertThat(waiting.isFeed()).isFalse();
        assertThat(waiting.waitingFor()).isEqualTo("no stock.csv.done marker yet");
        assertThat(done.of(stock)).isEqualTo(FeedArrival.READY);
        assertThat(done.of(other)).isEqualTo(FeedArrival.READY);
    }

    @Test
    void aSha256SidecarMustHoldTheFilesDigest() throws IOException {
        ArrivalRules sha = rules("*.csv", false, true);
        Path stock = Files.writeString(folder.resolve("stock.csv"), "sku,quantity,as_of\nA,1,2026-11-24\n");
        String digest = ArrivalRules.sha256(stock);

        FeedArrival beforeSidecar = sha.of(stock);
        Files.writeString(folder.resolve("stock.csv.sha256"), digest.toUpperCase() + "  stock.csv\n");
        FeedArrival matching = sha.of(stock);
        Files.writeString(stock, "sku,quantity,as_of\nA,2,2026-11-24\n");
        FeedArrival mismatching = sha.of(stock);
        Files.writeString(folder.resolve("stock.csv.sha256"), "not a digest\n");
        FeedArrival malformed = sha.of(stock);

        assertThat(beforeSidecar.waitingFor()).isEqualTo("no stock.csv.sha256 sidecar yet");
        assertThat(matching).isEqualTo(FeedArrival.READY);
        assertThat(mismatching.isFeed()).isTrue();
        assertThat(mismatching.invalidReason()).isEqualTo("SHA-256 mismatch: the .sha256 sidecar says " + digest
                + ", the file's digest is " + ArrivalRules.sha256(stock));
        assertThat(malformed.invalidReason()).isEqualTo("its .sha256 sidecar holds no SHA-256 digest");
    }

    private ArrivalRules rules(String glob, boolean done, boolean sha256) {
        return new ArrivalRules(FileSystems.getDefault().getPathMatcher("glob:" + glob), done, sha256);
    }

    private Path touch(String name) throws IOException {
        return Files.writeString(folder.resolve(name), "x\n");
    }
}
