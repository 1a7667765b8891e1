package com.stockrecon;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.stockrecon.feeds.FeedsStep;
import com.stockrecon.fetch.FetchFeedsStep;
import com.stockrecon.inputs.CatalogIndexCache;
import com.stockrecon.inputs.CatalogStep;
import com.stockrecon.inputs.CountsStep;
import com.stockrecon.inputs.QuantityFile;
import com.stockrecon.inputs.QuantityFileStep;
import com.stockrecon.inputs.SalesStep;
import com.stockrecon.partitions.PartitionedSteps;
import com.stockrecon.reconciliation.ReconcileStep;
import com.stockrecon.reports.PublishStep;
import com.stockrecon.runs.RunCleanup;
import com.stockrecon.runs.RunLauncher;
import com.stockrecon.runs.StagedStep;
import com.stockrecon.runs.StepServices;

/**
 * The reconciliation job, top to bottom: read the catalog, the stock files, sales, counts and supplier
 * feeds into the run's work tables; reconcile per SKU; publish the reports. Every step may run again
 * (a restart re-enters each one, and a step whose staged work is intact reuses it).
 */
@Configuration(proxyBeanMethods = false)
public class ReconciliationJobConfiguration {

    public static final String READ_SOURCES = "readSources";

    @Bean
    QuantityFileStep onHandStep(StepServices services, CatalogIndexCache catalog) {
        return new QuantityFileStep(QuantityFile.ON_HAND, services, catalog);
    }

    @Bean
    QuantityFileStep reservationsStep(StepServices services, CatalogIndexCache catalog) {
        return new QuantityFileStep(QuantityFile.RESERVATIONS, services, catalog);
    }

    @Bean
    QuantityFileStep inTransitStep(StepServices services, CatalogIndexCache catalog) {
        return new QuantityFileStep(QuantityFile.IN_TRANSIT, services, catalog);
    }

    /** The source files read side by side: one partition each (on threads, or on workers with --remote). */
    @Bean
    Step readSources(PartitionedSteps partitions, QuantityFileStep onHandStep, QuantityFileStep reservationsStep,
            QuantityFileStep inTransitStep, SalesStep sales) {
        return partitions.step(READ_SOURCES, java.util.List.of(sales, onHandStep, reservationsStep, inTransitStep));
    }

    @Bean
    Job reconciliationJob(JobRepository repository, PlatformTransactionManager transactions, RunCleanup cleanup,
            CatalogStep catalog, Step readSources, CountsStep counts, FeedsStep feeds,
            ReconcileStep reconcile, PublishStep publish) {
        return new JobBuilder(RunLauncher.JOB_NAME, repository)
                .listener(cleanup)
                .start(step(catalog, repository, transactions))
                .next(readSources)
                .next(step(counts, repository, transactions))
                .next(FetchFeedsStep.step(fetch, repository, transactions))
                .next(step(feeds, repository, transactions))
                .next(step(reconcile, repository, transactions))
                .next(step(publish, repository, transactions))
                .build();
    }

    private static Step step(StagedStep tasklet, JobRepository repository, PlatformTransactionManager transactions) {
        return new StepBuilder(tasklet.name(), repository)
                .tasklet(tasklet, transactions)
                .allowStartIfComplete(true)
                .build();
    }

    /** Fetches supplier feeds published at a URL, before the feeds step reads them. */
    private final FetchFeedsStep fetch;

    ReconciliationJobConfiguration(FetchFeedsStep fetch) {
        this.fetch = fetch;
    }
}
