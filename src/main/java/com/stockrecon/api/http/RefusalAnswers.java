package com.stockrecon.api.http;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.stockrecon.api.audit.AuditEntry;
import com.stockrecon.api.audit.AuditLog;

/** Turns every refusal into the contract's JSON error and an audit row. */
@RestControllerAdvice
public class RefusalAnswers {

    private static final Logger log = LoggerFactory.getLogger(RefusalAnswers.class);

    private final AuditLog audit;
    private final java.time.Clock clock;

    public RefusalAnswers(AuditLog audit, java.time.Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @ExceptionHandler(ApiRefusal.class)
    public void refused(ApiRefusal refusal, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        answer(request, response, refusal);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    public void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, new ApiRefusal(Refusal.NOT_FOUND, "No such resource: " + request.getMethod() + " "
                + request.getRequestURI() + "."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public void wrongMethod(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, new ApiRefusal(Refusal.METHOD_NOT_ALLOWED, request.getMethod()
                + " is not allowed on " + request.getRequestURI() + "."));
    }

    @ExceptionHandler(Exception.class)
    public void failed(Exception failure, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        log.error("api request {} failed", ApiCall.of(request).requestId(), failure);
        answer(request, response, new ApiRefusal(Refusal.INTERNAL_ERROR, "The request failed on the server;"
                + " retrying it is safe. Request id " + ApiCall.of(request).requestId() + "."));
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, ApiRefusal refusal)
            throws IOException {
        ApiCall call = ApiCall.of(request);
        Refusal what = refusal.refusal();
        try {
            audit.record(new AuditEntry(clock.instant(), call.keyPrefix(), call.supplierId(), call.remoteAddress(),
                    call.requestId(), what.code(), request.getMethod() + " " + request.getRequestURI() + ": "
                            + refusal.getMessage()));
        } catch (RuntimeException auditFailed) {
            log.error("api request {}: audit row not written", call.requestId(), auditFailed);
        }
        if (what.isAboutTheKey()) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        if (refusal.retryAfterSeconds() != null) {
            response.setHeader("Retry-After", Long.toString(refusal.retryAfterSeconds()));
        }
        if (what == Refusal.TOO_LARGE) {
            // the rest of the body is not read: the connection cannot carry another request
            response.setHeader("Connection", "close");
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", what.code());
        body.put("message", refusal.getMessage());
        if (!response.isCommitted()) {
            response.resetBuffer();
            Json.write(response, what.status(), body);
        }
    }
}
