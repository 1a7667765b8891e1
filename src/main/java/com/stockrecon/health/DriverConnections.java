package com.stockrecon.health;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Connections for {@code run.sh health}, straight from the JDBC driver: no pool, no migrations, and
 * the driver's own connect and socket timeouts, so that a database that is down or hangs is a DOWN line
 * and not a wait. The database is the application's: {@code spring.datasource.*} from the environment
 * ({@code SPRING_DATASOURCE_URL}...) or application.properties.
 */
public final class DriverConnections implements ConnectionSource {

    private final String url;
    private final String username;
    private final String password;
    private final int timeoutSeconds;

    public DriverConnections(String url, String username, String password, int timeoutSeconds) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.timeoutSeconds = timeoutSeconds;
    }

    public static DriverConnections fromEnvironment(int timeoutSeconds) {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource(
                    new ClassPathResource("application.properties")));
        } catch (IOException e) {
            throw new IllegalStateException("application.properties is not readable", e);
        }
        return new DriverConnections(environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username", ""),
                environment.getProperty("spring.datasource.password", ""), timeoutSeconds);
    }

    @Override
    public Connection open() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        String target = url;
        if (url.startsWith("jdbc:postgresql:")) {
            properties.setProperty("connectTimeout", Integer.toString(timeoutSeconds));
            properties.setProperty("socketTimeout", Integer.toString(timeoutSeconds));
            properties.setProperty("loginTimeout", Integer.toString(timeoutSeconds));
        } else if (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.contains("IFEXISTS")) {
            // a health check must not create an empty database where the real one is missing
            target = url + ";IFEXISTS=TRUE";
        }
        return DriverManager.getConnection(target, properties);
    }

    @Override
    public String describe() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
