package com.stockrecon.api.push;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.stockrecon.api.http.ApiCall;
import com.stockrecon.api.http.ApiGate;
import com.stockrecon.api.http.ApiSettings;
import com.stockrecon.api.http.Json;

/** {@code POST /api/v1/suppliers/{supplier_id}/stock}: checks in the contract's order, then the push. */
@RestController
public class PushController {

    private final ApiGate gate;
    private final StockPushes pushes;
    private final PushDestination destination;
    private final ApiSettings settings;
    private final Clock clock;

    public PushController(ApiGate gate, StockPushes pushes, PushDestination destination, ApiSettings settings,
            Clock clock) {
        this.gate = gate;
        this.pushes = pushes;
        this.destination = destination;
        this.settings = settings;
        this.clock = clock;
    }

    @PostMapping("/api/v1/suppliers/{supplierId}/stock")
    public void push(@PathVariable String supplierId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ApiCall call = gate.admitPush(request, supplierId);
        byte[] body = BoundedBody.read(request, settings.maxBodyBytes());
        SignedPush signed = PushSignature.verify(request, body, call.key().publicKey(), clock.instant(),
                settings.timestampToleranceSeconds());
        PushRequest push = PushBody.parse(body, settings.maxItems(), destination.zone(),
                clock.instant().plusSeconds(settings.timestampToleranceSeconds()));
        Json.write(response, 200, pushes.accept(call, signed, body, push));
    }
}
