package com.stockrecon.api.keys;

/** Whether a key may be used now. */
public enum KeyStatus {
    ACTIVE, EXPIRED, REVOKED
}
