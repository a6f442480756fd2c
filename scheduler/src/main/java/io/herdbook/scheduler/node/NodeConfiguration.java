package io.herdbook.scheduler.node;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The node's roles as a bean, for code that must know what this node does. */
@Configuration(proxyBeanMethods = false)
public class NodeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NodeConfiguration.class);

    @Bean
    NodeRoles nodeRoles(Environment environment, NodeIdentity identity) {
        NodeRoles roles = NodeRoles.parse(environment.getProperty(NodeRoles.PROPERTY, NodeRoles.ALL.toString()));
        if (NodeMode.SERVE.configName().equals(environment.getProperty(NodeMode.PROPERTY))) {
            log.info("Node {} serving as {}", identity.name(), roles);
        }
        return roles;
    }
}
