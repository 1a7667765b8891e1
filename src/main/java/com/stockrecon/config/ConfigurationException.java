package com.stockrecon.config;

/** A job definition, policy value or command-line setting that cannot be used; the message names it. */
public class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
