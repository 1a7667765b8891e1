package com.stockrecon.inputs;

import java.util.List;

import com.stockrecon.staging.WorkTable;

/**
 * A file of SKU quantities summed per SKU: on_hand.csv, reservations.csv, in_transit.csv.
 *
 * @param dateColumns optional columns that must hold an ISO date when not blank (in-transit eta)
 */
public record QuantityFile(String stepName, String fileName, List<String> optionalColumns, WorkTable sums,
        List<String> dateColumns) {

    public static final QuantityFile ON_HAND = new QuantityFile("readOnHand", InputFiles.ON_HAND,
            List.of("location"), WorkTable.ON_HAND, List.of());
    public static final QuantityFile RESERVATIONS = new QuantityFile("readReservations", InputFiles.RESERVATIONS,
            List.of("order_id"), WorkTable.RESERVED, List.of());
    public static final QuantityFile IN_TRANSIT = new QuantityFile("readInTransit", InputFiles.IN_TRANSIT,
            List.of("po_number", "eta"), WorkTable.IN_TRANSIT, List.of("eta"));
}
