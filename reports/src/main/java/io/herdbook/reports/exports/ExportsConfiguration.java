package io.herdbook.reports.exports;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the exports' settings; their components are found by the application's package scan. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExportsProperties.class)
public class ExportsConfiguration {
}
