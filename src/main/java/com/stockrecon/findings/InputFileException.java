package com.stockrecon.findings;

/** An input the run cannot go on without (missing file or column, too many rejects); fails the run. */
public class InputFileException extends RuntimeException {

    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
