package com.stockrecon.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import com.stockrecon.StockReconApplication;

/** Starts the Spring side (database, migrations, job repository) for the commands that need it. */
public final class AppContext {

    private AppContext() {
    }

    /** Starts the context; {@code properties} win over the environment and application.properties. */
    public static ConfigurableApplicationContext start(boolean scheduler, Map<String, Object> properties) {
        return start(scheduler, properties, WebApplicationType.NONE);
    }

    /** Starts the context with the embedded web server of the supplier API (no scheduler). */
    public static ConfigurableApplicationContext startServer(Map<String, Object> properties) {
        Map<String, Object> web = new java.util.LinkedHashMap<>(properties);
        web.put("spring.main.web-application-type", "servlet");
        return start(false, web, WebApplicationType.SERVLET);
    }

    private static ConfigurableApplicationContext start(boolean scheduler, Map<String, Object> properties,
            WebApplicationType web) {
        SpringApplication application = new SpringApplication(StockReconApplication.class);
        application.setBannerMode(Banner.Mode.OFF);
        application.setWebApplicationType(web);
        application.setRegisterShutdownHook(false);
        application.setLogStartupInfo(false);
        List<String> args = new ArrayList<>();
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        if (!scheduler) {
            args.add("--spring.autoconfigure.exclude="
                    + "org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration");
        }
        return application.run(args.toArray(new String[0]));
    }
}
