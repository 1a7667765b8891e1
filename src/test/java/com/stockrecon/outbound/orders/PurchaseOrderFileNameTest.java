package com.stockrecon.outbound.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PurchaseOrderFileNameTest {

    @Test
    void aPlainSupplierIdIsItsFileName() {
        assertThat(PurchaseOrderFileName.of("NORDLAGER")).isEqualTo("NORDLAGER.csv");
        assertThat(PurchaseOrderFileName.of("acme_eu-2.b")).isEqualTo("acme_eu-2.b.csv");
    }

    @Test
    void noSupplierIdReachesOutsideTheFolderOrSharesAFile() {
        assertThat(PurchaseOrderFileName.of("../etc/passwd")).isEqualTo("%2E.%2Fetc%2Fpasswd.csv");
        assertThat(PurchaseOrderFileName.of(".hidden")).isEqualTo("%2Ehidden.csv");
        assertThat(PurchaseOrderFileName.of("a/b")).isNotEqualTo(PurchaseOrderFileName.of("a%2Fb"));
        assertThat(PurchaseOrderFileName.of("Müller")).isEqualTo("M%C3%BCller.csv");
        assertThat(PurchaseOrderFileName.of("")).isEqualTo("%00.csv");
    }
}
