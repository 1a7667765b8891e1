package com.stockrecon.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import com.stockrecon.cli.AppContext;
import com.stockrecon.support.TestDatabases;

/** A new database gets the whole schema on first start; an older one is upgraded in place. */
class SchemaMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anOlderDatabaseIsUpgradedInPlaceKeepingItsRuns(String vendor) {
        String url = vendor.equals("h2") ? TestDatabases.h2Url() : TestDatabases.postgresUrl();
        String user = vendor.equals("h2") ? "sa" : TestDatabases.POSTGRES_USER;
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration/" + vendor).target("2")
                .load().migrate();
        JdbcTemplate old = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(url,
                user, ""));
        old.update("INSERT INTO recon_run (job_name, business_date, rerun, created_at)"
                + " VALUES ('reconciliation', DATE '2026-11-01', 0, CURRENT_TIMESTAMP)");

        try (ConfigurableApplicationContext context = AppContext.start(false, Map.<String, Object>of(
                "spring.datasource.url", url, "spring.datasource.username", user,
                "spring.datasource.password", "", "stockrecon.log-dir", "target/test-logs"))) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            List<String> versions = jdbc.queryForList(
                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"",
                    String.class);
            assertThat(versions).isEqualTo(migrationVersions(vendor)).startsWith("1", "2", "3");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recon_run", Long.class)).isEqualTo(1L);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM qrtz_locks", Long.class)).isZero();
        }
    }

    /** The versions of the vendor's migration folder (V{n}__*.sql), in order: each engineer only adds a file. */
    private static List<String> migrationVersions(String vendor) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/" + vendor
                    + "/V*__*.sql");
            return Arrays.stream(files)
                    .map(file -> file.getFilename().substring(1, file.getFilename().indexOf("__")))
                    .sorted(Comparator.comparing(BigDecimal::new))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
