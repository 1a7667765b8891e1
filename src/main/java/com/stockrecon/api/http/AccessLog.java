package com.stockrecon.api.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request (method, path, status, time, key prefix, request id) and the request id
 * as a response header. Keys, signatures and bodies are never logged.
 */
@Component
public class AccessLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("stockrecon.api");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        ApiCall call = ApiCall.of(request);
        response.setHeader("X-Request-Id", call.requestId());
        try {
            chain.doFilter(request, response);
        } finally {
            log.info("{} {} {} {} ms key={} supplier={} from={} request={}", request.getMethod(),
                    request.getRequestURI(), response.getStatus(), (System.nanoTime() - start) / 1_000_000,
                    call.keyPrefix() == null ? "-" : call.keyPrefix(),
                    call.supplierId() == null ? "-" : call.supplierId(), call.remoteAddress(), call.requestId());
        }
    }
}
