package io.herdbook.api.sentiment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The one application context the sentiment tests share (so it starts once): a database of their own,
 * the organisation {@value #ORGANISATION} whose owner's keys (TestKeys) the tests send, and the clock fixed at {@link #NOW}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "herdbook.test.database.name=sentiment")
@Import(SentimentTestContext.FixedClock.class)
public @interface SentimentTestContext {

    String ORGANISATION = "sentiment-api";
    /** "Now" for every sentiment test: the default range is 2026-03-02..2026-03-31. */
    String NOW = "2026-03-31T10:00:00Z";

    @TestConfiguration
    class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse(NOW), ZoneOffset.UTC);
        }
    }
}
