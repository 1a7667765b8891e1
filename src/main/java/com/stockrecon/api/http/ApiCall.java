package com.stockrecon.api.http;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import com.stockrecon.api.keys.ApiKey;

/** Who is asking, as far as it is known: what the audit row and the access log say of a request. */
public final class ApiCall {

    private static final String ATTRIBUTE = ApiCall.class.getName();

    private final String requestId = UUID.randomUUID().toString();
    private final String remoteAddress;
    private String keyPrefix;
    private ApiKey key;
    private String supplierId;

    private ApiCall(String remoteAddress) {
        this.remoteAddress = remoteAddress;
    }

    /** The call of this request, made on first use. */
    public static ApiCall of(HttpServletRequest request) {
        Object call = request.getAttribute(ATTRIBUTE);
        if (call == null) {
            call = new ApiCall(request.getRemoteAddr());
            request.setAttribute(ATTRIBUTE, call);
        }
        return (ApiCall) call;
    }

    public String requestId() {
        return requestId;
    }

    public String remoteAddress() {
        return remoteAddress;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    void presented(String prefix) {
        this.keyPrefix = prefix;
    }

    public ApiKey key() {
        return key;
    }

    void authenticated(ApiKey apiKey) {
        this.key = apiKey;
        this.keyPrefix = apiKey.prefix();
        this.supplierId = apiKey.supplierId();
    }

    public String supplierId() {
        return supplierId;
    }

    /** The supplier a request is about when the key does not say (a reader key, a refused key). */
    public void about(String supplier) {
        if (this.supplierId == null) {
            this.supplierId = supplier;
        }
    }
}
