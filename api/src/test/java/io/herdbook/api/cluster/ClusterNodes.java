package io.herdbook.api.cluster;

import io.herdbook.api.HerdbookApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Several Herdbook nodes in one test JVM: separate application contexts, each with its own Quartz
 * scheduler and JobRunr background server, on one database (the test database of {@code name}).
 * Settings go in as command-line arguments, which win over application.properties (STACK.md).
 */
final class ClusterNodes implements AutoCloseable {

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    /** The settings every node of a test cluster shares: its own database, a 5 s queue poll, no HTTP. */
    static List<String> common(String database) {
        return List.of(
                "--herdbook.test.database.name=" + database,
                "--spring.main.web-application-type=none",
                "--spring.quartz.auto-startup=true",
                "--jobrunr.background-job-server.enabled=true",
                "--jobrunr.background-job-server.poll-interval-in-seconds=5",
                "--jobrunr.background-job-server.worker-count=4",
                "--jobrunr.dashboard.enabled=false");
    }

    /**
     * Starts {@code count} nodes at once (C23: clustered Quartz members starting together on a fresh
     * schema), named node-1..node-n. Quartz's AUTO instance id is host + start millisecond, which
     * nodes started in one JVM in the same millisecond would share, so each gets its name instead.
     */
    static ClusterNodes start(int count, List<String> settings) {
        ClusterNodes cluster = new ClusterNodes();
        List<CompletableFuture<ConfigurableApplicationContext>> starting = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = "node-" + i;
            String[] args = Stream.concat(settings.stream(), Stream.of(
                    "--herdbook.node.name=" + name,
                    "--spring.quartz.properties.org.quartz.scheduler.instanceId=" + name)).toArray(String[]::new);
            starting.add(CompletableFuture.supplyAsync(() -> new SpringApplicationBuilder(HerdbookApplication.class)
                    .web(WebApplicationType.NONE).run(args)));
        }
        try {
            starting.forEach(future -> cluster.nodes.add(future.join()));
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    ConfigurableApplicationContext node(int index) {
        return nodes.get(index);
    }

    List<ConfigurableApplicationContext> nodes() {
        return nodes;
    }

    @Override
    public void close() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }
}
