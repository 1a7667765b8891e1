package com.stockrecon.api.http;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import com.stockrecon.api.keys.ApiKey;
import com.stockrecon.api.keys.ApiKeys;
import com.stockrecon.api.keys.KeySecret;

/**
 * The checks every request passes, in the contract's order: a key (401), the key's right to what is
 * asked (403), the key's rate (429).
 */
@Component
public class ApiGate {

    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final RateLimiter rates;
    private final ApiSettings settings;
    private final Clock clock;

    public ApiGate(ApiKeys keys, RateLimiter rates, ApiSettings settings, Clock clock) {
        this.keys = keys;
        this.rates = rates;
        this.settings = settings;
        this.clock = clock;
    }

    /** A push for {@code supplierId}: only that supplier's own key. */
    public ApiCall admitPush(HttpServletRequest request, String supplierId) {
        ApiCall call = authenticate(request);
        call.about(supplierId);
        ApiKey key = call.key();
        if (key.isReader()) {
            throw new ApiRefusal(Refusal.FORBIDDEN, "A read-only key cannot push stock.");
        }
        if (!key.supplierId().equals(supplierId)) {
            throw new ApiRefusal(Refusal.FORBIDDEN, "This key pushes for its own supplier only.");
        }
        return limit(call);
    }

    /** A read of one supplier's SKUs (null: every SKU the key may see). */
    public ApiCall admitRead(HttpServletRequest request, String supplierId) {
        ApiCall call = authenticate(request);
        call.about(supplierId);
        ApiKey key = call.key();
        if (!key.isReader() && supplierId != null && !key.supplierId().equals(supplierId)) {
            throw new ApiRefusal(Refusal.FORBIDDEN, "This key reads its own supplier's SKUs only.");
        }
        return limit(call);
    }

    private ApiCall authenticate(HttpServletRequest request) {
        ApiCall call = ApiCall.of(request);
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || header.substring(BEARER.length()).isBlank()) {
            throw new ApiRefusal(Refusal.MISSING_API_KEY, "Send the API key as 'Authorization: Bearer <key>'.");
        }
        String secret = header.substring(BEARER.length()).strip();
        call.presented(KeySecret.prefixOf(secret));
        ApiKey key = keys.findBySecret(secret)
                .orElseThrow(() -> new ApiRefusal(Refusal.INVALID_API_KEY, "The API key is not known."));
        call.authenticated(key);
        Instant now = clock.instant();
        switch (key.status(now)) {
            case REVOKED -> throw new ApiRefusal(Refusal.REVOKED_API_KEY, "The API key has been revoked.");
            case EXPIRED -> throw new ApiRefusal(Refusal.EXPIRED_API_KEY, "The API key expired at "
                    + key.expiresAt() + ".");
            case ACTIVE -> keys.used(key, now);
        }
        return call;
    }

    private ApiCall limit(ApiCall call) {
        OptionalLong wait = rates.acquire(call.key().id(), settings.rateLimit(), clock.millis());
        if (wait.isPresent()) {
            throw new ApiRefusal(Refusal.RATE_LIMITED, "More than " + settings.rateLimit()
                    + " requests in 60 s with this key; retry after " + wait.getAsLong() + " s.", wait.getAsLong());
        }
        return call;
    }
}
