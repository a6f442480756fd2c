package io.herdbook.jobs.testing;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring context started in a test JVM at {@link TestDatabase}. Registered in
 * {@code META-INF/spring.factories} of the test classpath, so tests need no annotation.
 *
 * <p>{@code herdbook.test.database.name} (e.g. from {@code @TestPropertySource}) gives a test class a
 * database of its own; a {@code --spring.datasource.url} command-line argument wins over both.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String COMMAND_LINE = "commandLineArgs";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        var commandLine = environment.getPropertySources().get(COMMAND_LINE);
        if (commandLine != null && commandLine.containsProperty("spring.datasource.url")) {
            return;
        }
        String name = environment.getProperty("herdbook.test.database.name");
        TestDatabase.Connection db = name == null ? TestDatabase.get() : TestDatabase.database(name);
        MapPropertySource source = new MapPropertySource("herdbook-test-database", Map.of(
                "spring.datasource.url", db.url(),
                "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password()));
        if (commandLine != null) {
            environment.getPropertySources().addAfter(COMMAND_LINE, source);
        } else {
            environment.getPropertySources().addFirst(source);
        }
    }
}
