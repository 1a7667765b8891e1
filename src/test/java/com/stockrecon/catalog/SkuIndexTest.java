package com.stockrecon.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** SKU to ordinal, open addressing: ordinals in order of addition, duplicates found, growth transparent. */
class SkuIndexTest {

    @Test
    void ordinalsFollowTheOrderOfAddition() {
        SkuIndex index = new SkuIndex(4);

        assertThat(index.add("B")).isZero();
        assertThat(index.add("A")).isEqualTo(1);
        assertThat(index.add("C")).isEqualTo(2);

        assertThat(index.get("A")).isEqualTo(1);
        assertThat(index.sku(0)).isEqualTo("B");
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void anAbsentSkuHasNoOrdinal() {
        SkuIndex index = new SkuIndex(0);

        assertThat(index.get("A")).isEqualTo(-1);
        index.add("A");
        assertThat(index.get("a")).isEqualTo(-1);
        assertThat(index.get("A ")).isEqualTo(-1);
    }

    @Test
    void aDuplicateReturnsTheEarlierOrdinalAndAddsNothing() {
        SkuIndex index = new SkuIndex(16);
        index.add("A");
        index.add("B");

        int again = index.add("B");
        int first = index.add("A");

        assertThat(again).isNegative();
        assertThat(-again - 1).isEqualTo(1);
        assertThat(-first - 1).isZero();
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void skusWithTheSameHashCodeAreTwoSkus() {
        SkuIndex index = new SkuIndex(2);
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());

        assertThat(index.add("Aa")).isZero();
        assertThat(index.add("BB")).isEqualTo(1);
        assertThat(index.add("AaAa")).isEqualTo(2);
        assertThat(index.add("BBBB")).isEqualTo(3);
        assertThat(index.add("AaBB")).isEqualTo(4);

        assertThat(index.get("BB")).isEqualTo(1);
        assertThat(index.get("AaBB")).isEqualTo(4);
        assertThat(-index.add("BBBB") - 1).isEqualTo(3);
    }

    @Test
    void itGrowsFarPastItsExpectedSize() {
        SkuIndex index = new SkuIndex(1);
        int count = 200_000;

        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (index.add("SKU-" + i) != i) {
                wrong.add("add SKU-" + i);
            }
        }
        for (int i = 0; i < count; i++) {
            if (index.get("SKU-" + i) != i || !index.sku(i).equals("SKU-" + i)) {
                wrong.add("find SKU-" + i);
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(index.size()).isEqualTo(count);
        assertThat(-index.add("SKU-0") - 1).isZero();
        assertThat(-index.add("SKU-199999") - 1).isEqualTo(199_999);
        assertThat(index.get("SKU-200000")).isEqualTo(-1);
        assertThat(index.size()).isEqualTo(count);
    }
}
