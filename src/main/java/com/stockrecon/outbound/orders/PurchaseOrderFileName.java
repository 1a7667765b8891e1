package com.stockrecon.outbound.orders;

import java.nio.charset.StandardCharsets;

/**
 * The file name of a supplier's purchase order: {@code <supplier_id>.csv}, with every character that a
 * file name cannot safely hold (and a leading dot) percent-encoded, so that no supplier id reaches
 * outside the folder and two ids never share a file.
 */
public final class PurchaseOrderFileName {

    private PurchaseOrderFileName() {
    }

    public static String of(String supplierId) {
        StringBuilder name = new StringBuilder();
        byte[] bytes = supplierId.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean safe = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-'
                    || b == '_' || (b == '.' && i > 0);
            if (safe) {
                name.append((char) b);
            } else {
                name.append('%').append(String.format("%02X", b));
            }
        }
        return (name.length() == 0 ? "%00" : name) + ".csv";
    }
}
