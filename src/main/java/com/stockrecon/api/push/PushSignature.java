package com.stockrecon.api.push;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;

import com.stockrecon.api.http.ApiRefusal;
import com.stockrecon.api.http.Refusal;

/**
 * Standard Webhooks, asymmetric variant: {@code webhook-signature} holds space-separated
 * {@code v1a,<base64 Ed25519 signature>} of {@code {webhook-id}.{webhook-timestamp}.{body}}; one that
 * verifies with the supplier's key is enough. The timestamp must be within the tolerance of the
 * server's clock, either way.
 */
public final class PushSignature {

    static final String ID = "webhook-id";
    static final String TIMESTAMP = "webhook-timestamp";
    static final String SIGNATURE = "webhook-signature";
    private static final int MAX_ID_LENGTH = 64;
    private static final int MAX_SIGNATURES = 8;

    private PushSignature() {
    }

    public static SignedPush verify(HttpServletRequest request, byte[] body, PublicKey key, Instant now,
            long toleranceSeconds) {
        String id = request.getHeader(ID);
        String timestamp = request.getHeader(TIMESTAMP);
        String signatures = request.getHeader(SIGNATURE);
        if (id == null || timestamp == null || signatures == null) {
            throw invalid("Send the webhook-id, webhook-timestamp and webhook-signature headers.");
        }
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH || !id.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new ApiRefusal(Refusal.BAD_REQUEST, "webhook-id must be 1 to " + MAX_ID_LENGTH
                    + " printable ASCII characters without spaces.");
        }
        if (!timestamp.matches("[0-9]{1,12}")) {
            throw invalid("webhook-timestamp must be Unix seconds.");
        }
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        long skew = Math.abs(sent.getEpochSecond() - now.getEpochSecond());
        if (skew > toleranceSeconds) {
            throw new ApiRefusal(Refusal.STALE_TIMESTAMP, "webhook-timestamp is " + skew + " s from the server's"
                    + " clock (" + now.getEpochSecond() + "); at most " + toleranceSeconds + " s are allowed.");
        }
        byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.US_ASCII);
        boolean verified = false;
        int tried = 0;
        for (String candidate : signatures.trim().split(" +")) {
            if (tried == MAX_SIGNATURES) {
                break;
            }
            if (candidate.startsWith("v1a,")) {
                tried++;
                verified |= verifies(key, prefix, body, candidate.substring(4));
            }
        }
        if (!verified) {
            throw invalid("No v1a signature of webhook-signature verifies with the supplier's public key.");
        }
        return new SignedPush(id, sent);
    }

    private static boolean verifies(PublicKey key, byte[] prefix, byte[] body, String base64) {
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(prefix);
            verifier.update(body);
            return verifier.verify(signature);
        } catch (GeneralSecurityException malformed) {
            return false;
        }
    }

    private static ApiRefusal invalid(String message) {
        return new ApiRefusal(Refusal.INVALID_SIGNATURE, message);
    }
}
