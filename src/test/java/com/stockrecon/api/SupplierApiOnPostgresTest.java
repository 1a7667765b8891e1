package com.stockrecon.api;

class SupplierApiOnPostgresTest extends SupplierApiContractTest {

    @Override
    String vendor() {
        return "postgresql";
    }
}
