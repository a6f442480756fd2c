package io.herdbook.api.cli;

import io.herdbook.api.HerdbookApplication;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for a command: with the HTTP server, or without for a one-shot run. */
final class Node {

    private Node() {
    }

    static ConfigurableApplicationContext start(boolean web, List<String> properties) {
        return start(web, properties, Map.of());
    }

    /** @param defaults settings that apply unless configuration anywhere else says otherwise */
    static ConfigurableApplicationContext start(boolean web, List<String> properties, Map<String, Object> defaults) {
        SpringApplication application = new SpringApplication(HerdbookApplication.class);
        application.setDefaultProperties(defaults);
        application.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        return application.run(properties.toArray(String[]::new));
    }
}
