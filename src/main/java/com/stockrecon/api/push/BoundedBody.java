package com.stockrecon.api.push;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import com.stockrecon.api.http.ApiRefusal;
import com.stockrecon.api.http.Refusal;

/** Reads a request body of at most {@code max} bytes; past that (or a Content-Length over it) stops with 413. */
final class BoundedBody {

    private BoundedBody() {
    }

    static byte[] read(HttpServletRequest request, long max) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > max) {
            throw tooLarge(max);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        byte[] buffer = new byte[8192];
        try (InputStream in = request.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (body.size() + n > max) {
                    throw tooLarge(max);
                }
                body.write(buffer, 0, n);
            }
        }
        return body.toByteArray();
    }

    private static ApiRefusal tooLarge(long max) {
        return new ApiRefusal(Refusal.TOO_LARGE, "A push body holds at most " + max + " bytes.");
    }
}
