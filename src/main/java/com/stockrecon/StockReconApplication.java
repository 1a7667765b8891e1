package com.stockrecon;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring application behind the command line: database, job repository, job and scheduler. */
@SpringBootApplication
public class StockReconApplication {
}
