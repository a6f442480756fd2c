package io.herdbook.api.rest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the REST API.
 *
 * @param organisation the organisation slug requests are scoped to, until API keys carry it
 */
@ConfigurationProperties("herdbook.api")
public record ApiProperties(@DefaultValue("default") String organisation) {
}
