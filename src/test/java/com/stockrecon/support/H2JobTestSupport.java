package com.stockrecon.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link JobTestSupport} on an in-memory H2 database of its own per test class. */
public abstract class H2JobTestSupport extends JobTestSupport {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.useH2(registry);
    }
}
