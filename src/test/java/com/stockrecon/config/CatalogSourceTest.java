package com.stockrecon.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog: section of a job definition: canonical files unless it names a WooCommerce export. */
class CatalogSourceTest {

    @TempDir
    Path home;

    @Test
    void withoutASectionTheCatalogIsCanonical() throws IOException {
        JobDefinition definition = JobDefinitions.load(write("input: in\n"));

        assertThat(definition.catalog()).isEqualTo(CatalogSource.CANONICAL);
    }

    @Test
    void aWooCommerceExportWithItsSupplierAndLocation() throws IOException {
        JobDefinition definition = JobDefinitions.load(write("""
                input: in
                catalog:
                  format: woocommerce
                  file: wc-product-export-*.csv
                  default-supplier: SHOP
                  location: Shop floor
                """));

        assertThat(definition.catalog()).isEqualTo(new CatalogSource(CatalogSource.Format.WOOCOMMERCE,
                "wc-product-export-*.csv", "SHOP", "Shop floor"));
        assertThat(CatalogSource.decode(definition.catalog().encode())).isEqualTo(definition.catalog());
    }

    @Test
    void aBadSectionNamesTheFileAndKey() throws IOException {
        assertProblem("catalog:\n  format: shopify\n", "catalog.format", "'shopify' is not a catalog format");
        assertProblem("catalog:\n  format: woocommerce\n", "catalog.file", "required with 'catalog.format: woocommerce'");
        assertProblem("catalog:\n  format: woocommerce\n  file: ../exports/products.csv\n", "catalog.file",
                "must be a file name in the input folder");
        assertProblem("catalog:\n  format: woocommerce\n  file: 'x[.csv'\n", "catalog.file",
                "not a valid file name pattern");
        assertProblem("catalog:\n  file: products.csv\n", "catalog.file", "only used with 'catalog.format: woocommerce'");
        assertProblem("catalog:\n  format: woocommerce\n  file: p.csv\n  default-supplier: ''\n",
                "catalog.default-supplier", "must not be blank");
    }

    @Test
    void anUnknownCatalogKeyIsRefused() throws IOException {
        Path file = write("input: in\ncatalog:\n  format: woocommerce\n  file: p.csv\n  stock-column: Stock\n");

        assertThatThrownBy(() -> JobDefinitions.load(file)).hasMessage(file + ": unknown key 'catalog.stock-column'");
    }

    private void assertProblem(String section, String key, String problem) throws IOException {
        Path file = write("input: in\n" + section);
        assertThatThrownBy(() -> JobDefinitions.load(file))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(file + ": key '" + key + "': ")
                .hasMessageContaining(problem);
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(Files.createDirectories(home.resolve("jobs")).resolve("shop.yml"), yaml);
    }
}
