package com.stockrecon.reports.page;

/** One bar of a bar chart: its label, its value, the text shown at its end and its colour (a CSS colour). */
record Bar(String label, double value, String valueText, String color) {
}
