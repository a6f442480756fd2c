package io.herdbook.scheduler;

import io.herdbook.scheduler.catalogue.SchedulerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the scheduler's settings; its components are found by the application's package scan. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulerProperties.class)
public class SchedulerConfiguration {
}
