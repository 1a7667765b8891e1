package com.stockrecon.api.http;

/** Ends a request with an error answer (and an audit row). */
public class ApiRefusal extends RuntimeException {

    private final Refusal refusal;
    private final Long retryAfterSeconds;

    public ApiRefusal(Refusal refusal, String message) {
        this(refusal, message, null);
    }

    public ApiRefusal(Refusal refusal, String message, Long retryAfterSeconds) {
        super(message, null, false, false);
        this.refusal = refusal;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Refusal refusal() {
        return refusal;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
