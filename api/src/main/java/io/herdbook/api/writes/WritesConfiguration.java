package io.herdbook.api.writes;

import io.herdbook.api.access.AccessConfiguration;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the write transaction into the API, after authentication (it needs the caller) and before Spring MVC. */
@Configuration(proxyBeanMethods = false)
class WritesConfiguration {

    /** After the key is known and the request counted (the day's request count commits on its own: a refused write still counted), before any handler. */
    static final int WRITE_ORDER = AccessConfiguration.AUTHENTICATION_ORDER + 100;

    @Bean
    FilterRegistrationBean<WriteTransactionFilter> writeTransactionFilter(PlatformTransactionManager transactions, IdempotencyKeys keys,
                                                                          AuditTrail audit, ResourceSnapshots snapshots, Clock clock) {
        FilterRegistrationBean<WriteTransactionFilter> registration = new FilterRegistrationBean<>(
                new WriteTransactionFilter(new TransactionTemplate(transactions), keys, audit, snapshots, clock));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(WRITE_ORDER);
        return registration;
    }
}
