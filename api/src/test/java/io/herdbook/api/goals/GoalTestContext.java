package io.herdbook.api.goals;

import io.herdbook.jobs.testing.SettableClock;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The one application context the goal and compliance tests share (so it starts once): a database of their own,
 * the organisation {@value #ORGANISATION} whose owner's keys (TestKeys) the tests send, and {@link #CLOCK}, which each test sets to its "now".
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "herdbook.test.database.name=goals")
@Import(GoalTestContext.Clocks.class)
public @interface GoalTestContext {

    String ORGANISATION = "goals-api";

    /** The application's clock in these tests. */
    SettableClock CLOCK = new SettableClock(Instant.parse("2026-03-10T12:00:00Z"));

    @TestConfiguration
    class Clocks {
        @Bean
        @Primary
        Clock settableClock() {
            return CLOCK;
        }
    }
}
