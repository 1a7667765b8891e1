package com.stockrecon.config;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Where a job's catalog and on-hand stock come from: the canonical {@code catalog.csv} and
 * {@code on_hand.csv}, or a WooCommerce product export read as it is (the {@code catalog:} section of
 * a job definition).
 *
 * @param file            the export's file name in the input folder; wildcards allowed, one file must match
 * @param defaultSupplier supplier of products whose {@code Meta: _supplier_id} is blank, or null
 * @param location        on-hand location of the export's {@code Stock}
 */
public record CatalogSource(Format format, String file, String defaultSupplier, String location) {

    public enum Format {
        CANONICAL, WOOCOMMERCE
    }

    public static final CatalogSource CANONICAL = new CatalogSource(Format.CANONICAL, null, null, "");

    static final Set<String> KEYS = Set.of("catalog.format", "catalog.file", "catalog.default-supplier",
            "catalog.location");

    public CatalogSource {
        location = location == null ? "" : location;
    }

    public boolean isWooCommerce() {
        return format == Format.WOOCOMMERCE;
    }

    /** Reads the {@code catalog.*} keys of a job definition; a missing section is the canonical source. */
    static CatalogSource fromDefinition(Path definition, Map<String, String> values) {
        String format = values.getOrDefault("catalog.format", "canonical").trim().toLowerCase(Locale.ROOT);
        if (format.equals("canonical")) {
            for (String key : KEYS) {
                if (!key.equals("catalog.format") && values.containsKey(key)) {
                    throw problem(definition, key, "only used with 'catalog.format: woocommerce'");
                }
            }
            return CANONICAL;
        }
        if (!format.equals("woocommerce")) {
            throw problem(definition, "catalog.format", "'" + values.get("catalog.format")
                    + "' is not a catalog format (canonical, woocommerce)");
        }
        String file = values.getOrDefault("catalog.file", "").trim();
        if (file.isEmpty()) {
            throw problem(definition, "catalog.file", "required with 'catalog.format: woocommerce'"
                    + " (the product export's file name in the input folder, e.g. wc-product-export-*.csv)");
        }
        if (file.contains("/") || file.contains("\\") || file.startsWith(".")) {
            throw problem(definition, "catalog.file", "'" + file
                    + "' must be a file name in the input folder (wildcards allowed), not a path");
        }
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + file);
        } catch (PatternSyntaxException e) {
            throw problem(definition, "catalog.file", "'" + file + "' is not a valid file name pattern: "
                    + e.getDescription());
        }
        String supplier = values.get("catalog.default-supplier");
        if (supplier != null && supplier.isBlank()) {
            throw problem(definition, "catalog.default-supplier", "must not be blank (remove the key instead)");
        }
        return new CatalogSource(Format.WOOCOMMERCE, file, supplier == null ? null : supplier.trim(),
                values.getOrDefault("catalog.location", "").trim());
    }

    private static ConfigurationException problem(Path definition, String key, String problem) {
        return new ConfigurationException(definition + ": key '" + key + "': " + problem);
    }

    /** One line, stable order: what the job parameter stores, and what step fingerprints include. */
    public String encode() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("format", format.name().toLowerCase(Locale.ROOT));
        if (file != null) {
            values.put("file", file);
        }
        if (defaultSupplier != null) {
            values.put("default-supplier", defaultSupplier);
        }
        values.put("location", location);
        StringBuilder text = new StringBuilder();
        values.forEach((key, value) -> text.append(text.length() == 0 ? "" : "&").append(key).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return text.toString();
    }

    public static CatalogSource decode(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return CANONICAL;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return new CatalogSource(Format.valueOf(values.get("format").toUpperCase(Locale.ROOT)), values.get("file"),
                values.get("default-supplier"), values.get("location"));
    }
}
