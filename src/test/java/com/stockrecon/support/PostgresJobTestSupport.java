package com.stockrecon.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link JobTestSupport} on the PostgreSQL server, in a fresh schema per test class. */
public abstract class PostgresJobTestSupport extends JobTestSupport {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry);
    }
}
