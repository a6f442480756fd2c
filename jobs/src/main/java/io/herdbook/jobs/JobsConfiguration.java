package io.herdbook.jobs;

import io.herdbook.jobs.lifecycle.FailureProperties;
import io.herdbook.jobs.platform.fetch.PageFetcher;
import io.herdbook.jobs.platform.fetch.PageFetchers;
import io.herdbook.jobs.platform.parse.PlatformParser;
import io.herdbook.jobs.refresh.RefreshCadence;
import io.herdbook.jobs.source.PlatformSource;
import io.herdbook.jobs.source.WebPlatformSource;
import io.herdbook.jobs.tracking.SuspectDrop;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform port and the clock the jobs run on. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({JobsProperties.class, FailureProperties.class, RefreshCadence.class, SuspectDrop.class})
public class JobsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JobsConfiguration.class);

    /** UTC wall time; tests replace it with a settable clock instead of sleeping. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PlatformParser platformParser() {
        return new PlatformParser();
    }

    @Bean(destroyMethod = "close")
    PageFetcher pageFetcher(JobsProperties properties) {
        return PageFetchers.create(properties.platform().pageFetcher(), properties.platform().fetcherSettings());
    }

    @Bean(destroyMethod = "close")
    PageFetcher apiFetcher(JobsProperties properties) {
        return PageFetchers.create(properties.platform().apiFetcher(), properties.platform().fetcherSettings());
    }

    @Bean
    @ConditionalOnMissingBean
    PlatformSource platformSource(PageFetcher pageFetcher, PageFetcher apiFetcher, PlatformParser parser, JobsProperties properties) {
        log.info("Platform: {} (pages by {}, API by {})", properties.platform().baseUrl(),
                properties.platform().pageFetcher(), properties.platform().apiFetcher());
        return new WebPlatformSource(pageFetcher, apiFetcher, parser, properties.platform().baseUrl());
    }
}
