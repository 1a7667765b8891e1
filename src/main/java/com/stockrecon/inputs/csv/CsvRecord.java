package com.stockrecon.inputs.csv;

/**
 * One record of a delimited file.
 *
 * @param line    1-based line where the record starts (the header is line 1)
 * @param cells   cell values, unquoted and trimmed of surrounding spaces
 * @param raw     the record's text as it stood in the file, without its line break
 * @param problem why the record could not be split into cells (bad quoting), or null
 */
public record CsvRecord(long line, String[] cells, String raw, String problem) {

    public int size() {
        return cells.length;
    }

    public String cell(int index) {
        return cells[index];
    }
}
