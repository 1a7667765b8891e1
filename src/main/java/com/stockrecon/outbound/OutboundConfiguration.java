package com.stockrecon.outbound;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboundSettings.class)
class OutboundConfiguration {

    @Bean
    SecretEnvironment processEnvironment() {
        return System::getenv;
    }
}
