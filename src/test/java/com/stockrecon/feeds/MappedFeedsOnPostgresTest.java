package com.stockrecon.feeds;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.stockrecon.support.TestDatabases;

class MappedFeedsOnPostgresTest extends MappedFeedsJobTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry);
    }
}
