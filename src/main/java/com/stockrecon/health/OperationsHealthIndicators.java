package com.stockrecon.health;

import java.util.Map;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * /actuator/health components named as {@code run.sh health} prints them (database, last-run, input,
 * reports-disk), each with one detail per job, plus {@code scheduler} in schedule mode.
 */
@Configuration(proxyBeanMethods = false)
public class OperationsHealthIndicators {

    @Bean(ComponentHealth.DATABASE)
    HealthIndicator databaseHealth(OperationsHealth health) {
        return () -> indicate(health.component(ComponentHealth.DATABASE));
    }

    @Bean(ComponentHealth.LAST_RUN)
    HealthIndicator lastRunHealth(OperationsHealth health) {
        return () -> indicate(health.component(ComponentHealth.LAST_RUN));
    }

    @Bean(ComponentHealth.INPUT)
    HealthIndicator inputHealth(OperationsHealth health) {
        return () -> indicate(health.component(ComponentHealth.INPUT));
    }

    @Bean(ComponentHealth.REPORTS_DISK)
    HealthIndicator reportsDiskHealth(OperationsHealth health) {
        return () -> indicate(health.component(ComponentHealth.REPORTS_DISK));
    }

    /** The Quartz scheduler exists in schedule mode only; its component is added once the context is up. */
    @EventListener
    void registerSchedulerHealth(ApplicationReadyEvent ready) {
        ObjectProvider<Scheduler> scheduler = ready.getApplicationContext().getBeanProvider(Scheduler.class);
        ObjectProvider<HealthContributorRegistry> registry = ready.getApplicationContext()
                .getBeanProvider(HealthContributorRegistry.class);
        scheduler.ifAvailable(quartz -> registry.ifAvailable(contributors -> {
            if (contributors.getContributor("scheduler") == null) {
                contributors.registerContributor("scheduler", (HealthIndicator) () -> schedulerHealth(quartz));
            }
        }));
    }

    private static Health schedulerHealth(Scheduler quartz) {
        try {
            Health.Builder builder = quartz.isStarted() && !quartz.isInStandbyMode() && !quartz.isShutdown()
                    ? Health.up() : Health.down();
            return builder.withDetail("instance", quartz.getSchedulerInstanceId())
                    .withDetail("state", quartz.isShutdown() ? "shut down" : quartz.isInStandbyMode() ? "standby"
                            : "running")
                    .build();
        } catch (SchedulerException e) {
            return Health.down().withDetail("error", String.valueOf(e.getMessage())).build();
        }
    }

    private static Health indicate(Map<String, ComponentHealth> byJob) {
        if (byJob.isEmpty()) {
            return Health.unknown().withDetail("jobs", "none registered").build();
        }
        Health.Builder builder = byJob.values().stream().allMatch(ComponentHealth::up) ? Health.up() : Health.down();
        byJob.forEach((job, component) -> builder.withDetail(job, (component.up() ? "UP " : "DOWN ")
                + component.detail()));
        return builder.build();
    }
}
