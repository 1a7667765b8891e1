package com.stockrecon.reports;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.stockrecon.support.TestDatabases;

/** Closed after the class: no other class shares its context, and it holds a pool of server connections. */
@DirtiesContext
class PlannerReportsOnPostgresTest extends PlannerReportsJobTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry);
    }
}
