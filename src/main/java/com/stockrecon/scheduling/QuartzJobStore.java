package com.stockrecon.scheduling;

import java.util.Properties;

import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.stereotype.Component;

import com.stockrecon.staging.Dialect;
import com.stockrecon.staging.Staging;

/**
 * Completes the Quartz settings of application.properties with what depends on the database:
 * PostgreSQL stores job data as BYTEA, which only its own delegate reads; H2 takes the standard one.
 * Used by the {@code schedule} command only (the other commands run without Quartz).
 */
@Component
class QuartzJobStore implements SchedulerFactoryBeanCustomizer {

    private final ObjectProvider<QuartzProperties> properties;
    private final Staging staging;

    QuartzJobStore(ObjectProvider<QuartzProperties> properties, Staging staging) {
        this.properties = properties;
        this.staging = staging;
    }

    @Override
    public void customize(SchedulerFactoryBean factory) {
        Properties quartz = new Properties();
        quartz.putAll(properties.getObject().getProperties());
        quartz.setProperty("org.quartz.jobStore.driverDelegateClass", staging.dialect() == Dialect.POSTGRESQL
                ? PostgreSQLDelegate.class.getName() : StdJDBCDelegate.class.getName());
        factory.setQuartzProperties(quartz);
    }
}
