package io.herdbook.api.limits;

import io.herdbook.api.access.AccessConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the per-day request count into the API, right after authentication. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    /**
     * After {@code ApiKeyFilter} (the caller must be known) and before the write
     * transaction, so the count is not rolled back with a write that fails.
     */
    static final int REQUEST_COUNT_ORDER = AccessConfiguration.AUTHENTICATION_ORDER + 50;

    @Bean
    FilterRegistrationBean<RequestCounter> requestCounter(RequestPermits permits) {
        FilterRegistrationBean<RequestCounter> registration = new FilterRegistrationBean<>(new RequestCounter(permits));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(REQUEST_COUNT_ORDER);
        return registration;
    }
}
