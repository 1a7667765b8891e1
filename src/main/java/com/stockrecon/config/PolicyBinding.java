package com.stockrecon.config;

import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Binds kebab-case policy keys (from a job definition or the command line) onto {@link Policy}. */
public final class PolicyBinding {

    /** The policy keys: the record's components in kebab case, in their order. */
    public static final Set<String> KEYS = keys();

    private PolicyBinding() {
    }

    /** A key in kebab case ({@code max-reject-ratio}) or in the contract's spelling ({@code max_reject_ratio}), as kebab case. */
    public static String canonicalKey(String key) {
        return key.replace('_', '-');
    }

    /** The policy's values keyed in the contract's spelling ({@code max_reject_ratio}): how summary.json echoes them. */
    public static Map<String, String> contractSpelling(Map<String, String> values) {
        Map<String, String> spelled = new LinkedHashMap<>();
        values.forEach((key, value) -> spelled.put(key.replace('-', '_'), value));
        return spelled;
    }

    public static Policy bind(Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        // The binder ignores keys it does not know: a mistyped -P window-day=21 would silently run with 28.
        for (Map.Entry<String, String> entry : given.entrySet()) {
            String key = entry.getKey();
            values.put(canonicalKey(key), entry.getValue());
            if (!KEYS.contains(canonicalKey(key))) {
                throw new ConfigurationException("policy." + key + ": unknown key (policy keys: "
                        + String.join(", ", KEYS) + ")");
            }
        }
        Map<String, String> prefixed = new LinkedHashMap<>();
        values.forEach((key, value) -> prefixed.put("policy." + key, value));
        try {
            return new Binder(new MapConfigurationPropertySource(prefixed)).bindOrCreate("policy", Policy.class);
        } catch (BindException e) {
            throw new ConfigurationException(JobDefinitions.describe(e, "policy"), e);
        }
    }

    private static Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        for (RecordComponent component : Policy.class.getRecordComponents()) {
            keys.add(component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(keys);
    }
}
