package com.stockrecon.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Binds kebab-case policy keys (from a job definition or the command line) onto {@link Policy}. */
public final class PolicyBinding {

    private PolicyBinding() {
    }

    public static Policy bind(Map<String, String> values) {
        Map<String, String> prefixed = new LinkedHashMap<>();
        values.forEach((key, value) -> prefixed.put("policy." + key, value));
        try {
            return new Binder(new MapConfigurationPropertySource(prefixed)).bindOrCreate("policy", Policy.class);
        } catch (BindException e) {
            throw new ConfigurationException(JobDefinitions.describe(e, "policy"), e);
        }
    }
}
