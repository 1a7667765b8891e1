package com.stockrecon.fetch.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.stockrecon.config.ConfigurationException;
import com.stockrecon.feeds.layout.SupplierFeedDefinitions;
import com.stockrecon.fetch.definition.FetchDefinition.Auth;

/** The fetch: section of jobs/suppliers/<supplier_id>.yml, read through the supplier's definition. */
class FetchSectionTest {

    @TempDir
    Path jobs;

    @Test
    void everyKeyIsRead() throws IOException {
        write("ACME", """
                files: "acme_*.csv"
                fetch:
                  url: https://feeds.acme.example/stock.csv?format=csv
                  auth: basic
                  user: stockrecon
                  secret-env: ACME_FEED_PASSWORD
                  timeout: 10s
                  retries: 5
                  max-bytes: 64MiB
                  file-name: acme_{date}_{time}.csv
                  redirect-hosts: [cdn.acme.example]
                """);

        FetchDefinition fetch = definition("ACME");

        assertThat(fetch).isEqualTo(new FetchDefinition(URI.create("https://feeds.acme.example/stock.csv?format=csv"),
                Auth.BASIC, "stockrecon", "ACME_FEED_PASSWORD", Duration.ofSeconds(10), 5, 64L << 20,
                "acme_{date}_{time}.csv", List.of("cdn.acme.example")));
        assertThat(fetch.fileNameAt(Instant.parse("2026-11-24T06:15:30Z"))).isEqualTo("acme_20261124_061530.csv");
        assertThat(fetch.allowsRedirectTo("CDN.acme.example")).isTrue();
        assertThat(fetch.allowsRedirectTo("evil.example")).isFalse();
    }

    @Test
    void theDefaultsAreThoseOfTheIssue() throws IOException {
        write("ACME", "fetch:\n  url: https://feeds.acme.example/stock.csv\n");

        FetchDefinition fetch = definition("ACME");

        assertThat(fetch.auth()).isEqualTo(Auth.NONE);
        assertThat(fetch.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(fetch.retries()).isEqualTo(3);
        assertThat(fetch.maxBytes()).isEqualTo(512L * 1024 * 1024);
        assertThat(fetch.fileName()).isEqualTo("fetched_{date}_{time}.csv");
    }

    @Test
    void aSupplierWithoutTheSectionIsNotFetched() throws IOException {
        write("ACME", "files: \"*.csv\"\n");

        assertThat(SupplierFeedDefinitions.load(jobs).of("ACME").orElseThrow().fetch()).isNull();
    }

    @Test
    void aSecretWrittenIntoTheDefinitionIsRefused() throws IOException {
        Path file = write("ACME", "fetch:\n  url: https://a.example/s.csv\n  auth: bearer\n  secret-env: \"sk-live-12/34=\"\n");

        assertThatThrownBy(() -> SupplierFeedDefinitions.load(jobs)).isInstanceOf(ConfigurationException.class)
                .hasMessage(file + ": key 'fetch.secret-env': 'sk-live-12/34=' is not an environment variable name;"
                        + " the secret itself never goes into a definition");
    }

    @Test
    void aFileNameTheFeedsStepWouldNotReadIsRefused() throws IOException {
        Path file = write("ACME", "files: \"*.tsv\"\nfetch:\n  url: https://a.example/s.csv\n  file-name: s_{date}.csv\n");

        assertThatThrownBy(() -> SupplierFeedDefinitions.load(jobs)).isInstanceOf(ConfigurationException.class)
                .hasMessage(file + ": key 'fetch.file-name': 's_{date}.csv' gives names such as s_19700101.csv that"
                        + " the definition's files pattern '*.tsv' does not read");
    }

    @Test
    void aFileNameThatWouldGiveNoAsOfIsRefused() throws IOException {
        Path file = write("TABS", """
                files: "bestand_*.tsv"
                as-of:
                  from: file-name
                  file-name: 'bestand_(\\d{8}-\\d{4})\\.tsv'
                  pattern: yyyyMMdd-HHmm
                fetch:
                  url: https://a.example/s.tsv
                  file-name: bestand_{date}-{time}.tsv
                """);

        assertThatThrownBy(() -> SupplierFeedDefinitions.load(jobs)).isInstanceOf(ConfigurationException.class)
                .hasMessage(file + ": key 'fetch.file-name': 'bestand_{date}-{time}.tsv' gives names such as"
                        + " bestand_19700101-000000.tsv that as-of.file-name 'bestand_(\\d{8}-\\d{4})\\.tsv' does"
                        + " not match, so a fetched feed would have no as_of");
    }

    @Test
    void badValuesAreNamedWithTheirKey() throws IOException {
        assertProblem("fetch:\n  url: ftp://a.example/s.csv\n", "fetch.url",
                "'ftp://a.example/s.csv' is not an http:// or https:// address");
        assertProblem("fetch:\n  url: https://me:pw@a.example/s.csv\n", "fetch.url",
                "must not hold a user or password; use auth and secret-env");
        assertProblem("fetch:\n  url: https://a.example/s.csv\n  auth: bearer\n", "fetch.secret-env",
                "required with 'auth: bearer': the name of the environment variable that holds the secret");
        assertProblem("fetch:\n  url: https://a.example/s.csv\n  timeout: soon\n", "fetch.timeout",
                "'soon' is not a duration such as 30s, 500ms or 2m");
        assertProblem("fetch:\n  url: https://a.example/s.csv\n  max-bytes: 1TB\n", "fetch.max-bytes",
                "'1TB' is not a size such as 1048576, 64KiB, 512MiB or 2GiB");
        Path file = write("BAD", "fetch:\n  url: https://a.example/s.csv\n  password: x\n");
        assertThatThrownBy(() -> SupplierFeedDefinitions.load(jobs)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(file + ": key 'fetch.password': unknown key (keys: ")
                .hasMessageContaining("fetch.auth, fetch.file-name, fetch.max-bytes, fetch.redirect-hosts,"
                        + " fetch.retries, fetch.secret-env, fetch.timeout, fetch.url, fetch.user");
    }

    private void assertProblem(String yaml, String key, String problem) throws IOException {
        Path file = write("BAD", yaml);
        assertThatThrownBy(() -> SupplierFeedDefinitions.load(jobs)).isInstanceOf(ConfigurationException.class)
                .hasMessage(file + ": key '" + key + "': " + problem);
        Files.delete(file);
    }

    private FetchDefinition definition(String supplier) {
        return SupplierFeedDefinitions.load(jobs).of(supplier).orElseThrow().fetch();
    }

    private Path write(String supplier, String yaml) throws IOException {
        return Files.writeString(Files.createDirectories(jobs.resolve("suppliers")).resolve(supplier + ".yml"), yaml);
    }
}
