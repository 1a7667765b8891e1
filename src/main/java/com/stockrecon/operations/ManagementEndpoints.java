package com.stockrecon.operations;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /actuator/health} and {@code /actuator/prometheus} (operations.md §1, §2) for the long-running
 * modes: the Spring properties that put them on the management port, bound to loopback unless an
 * address is given. Which endpoints and what they show is in application.properties ({@code management.*}).
 * A command switches them on with {@code AppContext.start(..., ManagementEndpoints.standalone(port, address))}
 * (schedule) or {@link #besideApi} (serve).
 */
public final class ManagementEndpoints {

    /** The management port of {@code schedule} when none is given. */
    public static final int SCHEDULE_PORT = 8081;
    public static final String LOOPBACK = "127.0.0.1";

    private ManagementEndpoints() {
    }

    /** A process whose only web server is the management one ({@code schedule}). */
    public static Map<String, Object> standalone(int port, String address) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.main.web-application-type", "servlet");
        properties.put("server.port", port);
        properties.put("server.address", address == null ? LOOPBACK : address);
        return properties;
    }

    /**
     * A process that serves the API on {@code apiPort} ({@code serve}): the endpoints on the API's
     * server when {@code managementPort} is null or the same port, else on a server of their own.
     */
    public static Map<String, Object> besideApi(int apiPort, Integer managementPort, String address) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (managementPort != null && managementPort != apiPort) {
            properties.put("management.server.port", managementPort);
            properties.put("management.server.address", address == null ? LOOPBACK : address);
        }
        return properties;
    }
}
