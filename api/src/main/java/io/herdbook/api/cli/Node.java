package io.herdbook.api.cli;

import io.herdbook.api.HerdbookApplication;
import io.herdbook.scheduler.node.NodeMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring application for a command: as a serving node whose {@code herdbook.roles} apply,
 * or for a one-shot command, which starts no Quartz triggers, no JobRunr background server and no
 * dashboard whatever the roles say (see {@link io.herdbook.scheduler.node.RoleDefaults}).
 */
final class Node {

    private Node() {
    }

    /** A serving node: its roles decide the web server, the Quartz member and the JobRunr worker. */
    static ConfigurableApplicationContext serve(List<String> properties) {
        return run(NodeMode.SERVE, WebApplicationType.SERVLET, properties, Map.of());
    }

    /** A one-shot command's application, with or without the HTTP server. */
    static ConfigurableApplicationContext start(boolean web, List<String> properties) {
        return start(web, properties, Map.of());
    }

    /** @param defaults settings that apply unless configuration anywhere else says otherwise */
    static ConfigurableApplicationContext start(boolean web, List<String> properties, Map<String, Object> defaults) {
        return run(NodeMode.ONE_SHOT, web ? WebApplicationType.SERVLET : WebApplicationType.NONE, properties, defaults);
    }

    private static ConfigurableApplicationContext run(NodeMode mode, WebApplicationType web, List<String> properties,
                                                      Map<String, Object> defaults) {
        SpringApplication application = new SpringApplication(HerdbookApplication.class);
        Map<String, Object> all = new HashMap<>(defaults);
        all.put(NodeMode.PROPERTY, mode.configName());
        application.setDefaultProperties(all);
        // For a serving node, spring.main.web-application-type (set from its roles) overrides this.
        application.setWebApplicationType(web);
        return application.run(properties.toArray(String[]::new));
    }
}
