package io.herdbook.api.limits;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Wires the per-day request count into the API, right after authentication. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    /**
     * After {@code ApiKeyFilter} (HIGHEST_PRECEDENCE + 100: the caller must be known) and before the write
     * transaction, so the count is not rolled back with a write that fails.
     */
    static final int REQUEST_COUNT_ORDER = Ordered.HIGHEST_PRECEDENCE + 150;

    @Bean
    FilterRegistrationBean<RequestCounter> requestCounter(RequestPermits permits) {
        FilterRegistrationBean<RequestCounter> registration = new FilterRegistrationBean<>(new RequestCounter(permits));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(REQUEST_COUNT_ORDER);
        return registration;
    }
}
