package com.stockrecon;

import com.stockrecon.cli.ProcessExit;
import com.stockrecon.cli.StockReconCommand;

/** Entry point of {@code run.sh} and the jar. */
public final class StockRecon {

    private StockRecon() {
    }

    public static void main(String[] args) {
        ProcessExit.exit(StockReconCommand.execute(args));
    }
}
