package com.stockrecon.api.http;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The supplier API's settings and clock. */
@Configuration
@EnableConfigurationProperties(ApiSettings.class)
public class ApiConfiguration {

    @Bean
    Clock apiClock() {
        return Clock.systemUTC();
    }
}
