package com.stockrecon.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says where the management endpoints listen once their server is up (the port may have been 0: any). */
@Component
public class ManagementServerAnnouncer {

    private static final Logger console = LoggerFactory.getLogger("stockrecon.progress");

    @EventListener
    public void on(WebServerInitializedEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        boolean ownServer = environment.getProperty("management.server.port") != null;
        boolean isManagement = "management".equals(event.getApplicationContext().getServerNamespace());
        if (ownServer != isManagement) {
            return;
        }
        String address = environment.getProperty(ownServer ? "management.server.address" : "server.address",
                ManagementEndpoints.LOOPBACK);
        console.info("management endpoints on http://{}:{}/actuator/health and /actuator/prometheus", address,
                event.getWebServer().getPort());
    }
}
