package com.stockrecon.health;

import java.sql.Connection;
import java.sql.SQLException;

/** Where the health check gets its database connection: the data source, or the driver directly. */
public interface ConnectionSource {

    Connection open() throws SQLException;

    /** The database as an operator recognises it, without credentials. */
    String describe();
}
