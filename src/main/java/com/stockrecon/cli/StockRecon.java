package com.stockrecon.cli;


/** Entry point of {@code run.sh} and the jar. */
public final class StockRecon {

    private StockRecon() {
    }

    public static void main(String[] args) {
        ProcessExit.exit(StockReconCommand.execute(args));
    }
}
