package com.stockrecon.reports.page;

/** One completed run in the trend: its business date (with rerun) and its counts. */
record TrendPoint(String label, long alerts, long suggestions, long discrepancies) {
}
