package com.stockrecon.api;

class SupplierApiOnH2Test extends SupplierApiContractTest {

    @Override
    String vendor() {
        return "h2";
    }
}
