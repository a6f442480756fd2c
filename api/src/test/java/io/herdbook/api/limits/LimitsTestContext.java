package io.herdbook.api.limits;

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

/** The one application context the limit tests share: a database of their own and {@link #CLOCK}, set by each test. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "herdbook.test.database.name=plan_limits")
@Import(LimitsTestContext.Clocks.class)
public @interface LimitsTestContext {

    SettableClock CLOCK = new SettableClock(Instant.parse("2026-11-10T12:00:00Z"));

    @TestConfiguration
    class Clocks {
        @Bean
        @Primary
        Clock settableClock() {
            return CLOCK;
        }
    }
}
