package io.herdbook.api.rest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.apache.catalina.core.StandardHost;
import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import io.herdbook.api.access.AccessConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReceiptProperties.class)
class ApiConfiguration {

    /** The API document's title and version, instead of springdoc's "OpenAPI definition v0". */
    @Bean
    OpenAPI herdbookApi() {
        return new OpenAPI().info(new Info().title("Herdbook API").version("v1")
                .description("Creators, posts and their latest stats, read from PostgreSQL. Errors are application/problem+json."));
    }

    /**
     * The API document names fields as the API writes them, in snake_case ({@code spring.jackson.property-naming-strategy}):
     * swagger-core reads the models with a Jackson 2 mapper of its own, which knows nothing of Boot's, so it is told here.
     */
    @Bean
    ModelResolver snakeCaseModels() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    /** ETags for pollers; after authentication, so a 304 is only ever given to a caller who may read the answer. */
    @Bean
    FilterRegistrationBean<PollingEtags> pollingEtags() {
        FilterRegistrationBean<PollingEtags> registration = new FilterRegistrationBean<>(new PollingEtags());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(AccessConfiguration.AUTHENTICATION_ORDER + 30);
        return registration;
    }

    /** Requests Tomcat refuses itself are answered as problems too (see {@link ProblemErrorReportValve}). */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /**
     * Each request on a virtual thread of its own instead of Tomcat's 200 platform threads: a request mostly
     * waits on PostgreSQL, and under 100 polling clients the platform threads' scheduling, not the work, made
     * the tail (figure P5 in BENCHMARKS.md). Only Tomcat's executor: Quartz, JobRunr and Spring Batch keep theirs.
     * {@code herdbook.api.virtual-threads=false} goes back to the platform pool.
     */
    @Bean
    @ConditionalOnProperty(name = "herdbook.api.virtual-threads", havingValue = "true", matchIfMissing = true)
    TomcatProtocolHandlerCustomizer<?> requestsOnVirtualThreads() {
        return handler -> handler.setExecutor(new VirtualThreadExecutor("herdbook-http-"));
    }
}
