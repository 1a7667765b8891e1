package com.stockrecon.runs;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.stockrecon.support.TestDatabases;

class RestartAfterFailureOnH2Test extends RestartAfterFailureJobTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.useH2(registry);
    }
}
