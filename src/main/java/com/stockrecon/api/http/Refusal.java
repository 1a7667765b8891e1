package com.stockrecon.api.http;

/** Every way the API says no: the HTTP status and the {@code error} code of the JSON body. */
public enum Refusal {
    MISSING_API_KEY(401),
    INVALID_API_KEY(401),
    EXPIRED_API_KEY(401),
    REVOKED_API_KEY(401),
    FORBIDDEN(403),
    RATE_LIMITED(429),
    TOO_LARGE(413),
    BAD_REQUEST(400),
    INVALID_SIGNATURE(401),
    STALE_TIMESTAMP(401),
    REPLAYED_REQUEST(409),
    NOT_FOUND(404),
    NO_COMPLETED_RUN(404),
    METHOD_NOT_ALLOWED(405),
    INTERNAL_ERROR(500);

    private final int status;

    Refusal(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A refusal of the key itself, answered with {@code WWW-Authenticate: Bearer}. */
    public boolean isAboutTheKey() {
        return this == MISSING_API_KEY || this == INVALID_API_KEY || this == EXPIRED_API_KEY
                || this == REVOKED_API_KEY;
    }
}
