package com.stockrecon.reports.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.stockrecon.runs.RunOutcome;
import com.stockrecon.support.HeadlessChromium;
import com.stockrecon.support.InputFolders;
import com.stockrecon.support.JobTestSupport;
import com.stockrecon.support.TestDatabases;

/**
 * report.html as a browser shows it: Debian's Chromium, headless, opens the published file of two
 * runs whose names are markup. Nothing but the file is requested, nothing is logged, no element
 * from the inputs exists, the charts are drawn and the page prints.
 */
class PlannersPageInChromiumTest extends JobTestSupport {

    private static final LocalDate D = LocalDate.of(2026, 11, 24);
    private static final int CRITICAL_RED = 0xc62828;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.useH2(registry);
    }

    @Test
    void theReportRendersWithNoRequestNoConsoleMessageAndVisibleCharts() throws IOException {
        Path input = InputFolders.of(work.resolve("input"), "base", "hostile-names");
        assertThat(reconcile(input, D.minusDays(1)).result()).isEqualTo(RunOutcome.Result.COMPLETED);
        RunOutcome outcome = reconcile(input, D, Map.of(), false);
        assertThat(outcome.result()).as(outcome.message()).isEqualTo(RunOutcome.Result.COMPLETED);
        Path page = outcome.reportFolder().resolve(PlannersPage.FILE);

        try (HeadlessChromium chromium = HeadlessChromium.start(work.resolve("chromium"))) {
            HeadlessChromium.Tab tab = chromium.open(page);

            assertThat(tab.requests()).as("requests of the page").containsExactly(tab.url());
            assertThat(tab.messages()).as("console and log of the page").isEmpty();
            assertThat(tab.evaluate("document.querySelectorAll('script, img, iframe, object, embed, link[rel=stylesheet],"
                    + " marquee, b, i').length").asInt()).as("elements from the inputs").isZero();
            assertThat(tab.evaluate("document.querySelectorAll('svg.chart').length").asInt()).isEqualTo(4);
            assertThat(tab.evaluate("document.querySelectorAll('svg.chart polyline').length").asInt())
                    .as("three lines in the trend").isEqualTo(3);
            String text = tab.evaluate("document.body.innerText").asString();
            assertThat(text).contains("Stock reconciliation 2026-11-24", "<script>alert('a')</script>",
                    "\"><img src=x onerror=alert(1)>", "<marquee>Supplier One</marquee>", "The last 2 completed runs");

            byte[] png = tab.screenshot();
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "report-in-chromium.png"), png);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isGreaterThanOrEqualTo(1000);
            assertThat(inkShare(image)).as("share of the page that is not white").isGreaterThan(0.02);
            assertThat(pixelsNear(image, CRITICAL_RED)).as("pixels of the CRITICAL bars").isGreaterThan(300);

            byte[] pdf = tab.pdf();
            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            assertThat(pdf.length).isGreaterThan(10_000);
        }
    }

    @Test
    void theScreenshotCheckTellsABlankPage() throws IOException {
        Path blank = work.resolve("blank.html");
        Files.writeString(blank, "<!DOCTYPE html><html><head><title>blank</title></head><body></body></html>");

        try (HeadlessChromium chromium = HeadlessChromium.start(work.resolve("chromium"))) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(chromium.open(blank).screenshot()));

            assertThat(inkShare(image)).isLessThan(0.001);
            assertThat(pixelsNear(image, CRITICAL_RED)).isZero();
        }
    }

    @Test
    void theRequestAndConsoleChecksSeeWhatAPageLoadsAndLogs() throws IOException {
        Path loud = work.resolve("loud.html");
        Files.writeString(loud, "<!DOCTYPE html><html><head><title>loud</title></head><body>"
                + "<img src=\"missing.png\"><script>console.error('from the page')</script></body></html>");

        try (HeadlessChromium chromium = HeadlessChromium.start(work.resolve("chromium"))) {
            HeadlessChromium.Tab tab = chromium.open(loud);

            assertThat(tab.requests()).hasSize(2).last().asString().endsWith("/missing.png");
            assertThat(tab.messages()).anyMatch(message -> message.startsWith("console error: ")
                    && message.contains("from the page"));
            assertThat(tab.messages()).anyMatch(message -> message.startsWith("log error: "));
        }
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (rgb != 0xffffff) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }

    private static long pixelsNear(BufferedImage image, int color) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs((rgb >> 16 & 0xff) - (color >> 16 & 0xff)) <= 8
                        && Math.abs((rgb >> 8 & 0xff) - (color >> 8 & 0xff)) <= 8
                        && Math.abs((rgb & 0xff) - (color & 0xff)) <= 8) {
                    count++;
                }
            }
        }
        return count;
    }
}
