package io.herdbook.bench.refresh;

import io.herdbook.jobs.launch.JobLaunches;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;

/**
 * Herdbook's jobs module as one-shot commands run it (partitions in this process, no queue), over the
 * bench's database and the sandbox: the code under test in P3, in the bench's own JVM so its CPU time is
 * read directly.
 */
final class JobsContext implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private JobsContext(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static JobsContext start(String jdbcUrl, String platformUrl) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Jobs.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(Map.of(
                        "spring.main.banner-mode", "off",
                        "spring.datasource.url", jdbcUrl,
                        "spring.datasource.username", "postgres",
                        "spring.batch.job.enabled", "false",
                        "spring.batch.jdbc.initialize-schema", "never",
                        "herdbook.platform.base-url", platformUrl,
                        // Every round refreshes every post, seconds after the last: every post due a second after its last attempt.
                        "herdbook.refresh.cadence.video[0].interval", "1s",
                        "herdbook.refresh.cadence.photo[0].interval", "1s",
                        // One line per failed fetch would be the only output; the figure checks every post was written.
                        "logging.level.root", "WARN"))
                .run();
        return new JobsContext(context);
    }

    JobLaunches launches() {
        return context.getBean(JobLaunches.class);
    }

    @Override
    public void close() {
        context.close();
    }

    /** Every bean of the jobs module, over Boot's JDBC, Batch and Flyway auto-configuration. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @ComponentScan("io.herdbook.jobs")
    static class Jobs {
    }
}
