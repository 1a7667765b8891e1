package com.stockrecon.config;

import java.nio.file.Path;

/**
 * How a run's inputs are laid out where they differ from the contract's canonical files: the catalog
 * source of its job definition, and the folder of per-supplier feed definitions ({@code jobs/suppliers}).
 *
 * @param feedDefinitions absolute folder of supplier feed definitions, or null when there is none
 */
public record InputLayout(CatalogSource catalog, Path feedDefinitions) {

    public static final InputLayout CANONICAL = new InputLayout(CatalogSource.CANONICAL, null);

    public InputLayout {
        catalog = catalog == null ? CatalogSource.CANONICAL : catalog;
        feedDefinitions = feedDefinitions == null ? null : feedDefinitions.toAbsolutePath().normalize();
    }
}
