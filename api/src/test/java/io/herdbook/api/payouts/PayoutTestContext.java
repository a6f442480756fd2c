package io.herdbook.api.payouts;

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
 * The one application context the payout API tests share (so it starts once): a database of their own, the
 * organisation {@value #ORGANISATION}, whose owner's keys (TestKeys) the tests send, receipts under {@code target/payout-receipts}, and the clock
 * fixed at {@link #NOW}. Each test seeds a project of its own, so they pass in any order.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"herdbook.test.database.name=payouts", "herdbook.receipts.dir=" + PayoutTestContext.RECEIPTS})
@Import(PayoutTestContext.FixedClock.class)
public @interface PayoutTestContext {

    String ORGANISATION = "payouts-api";
    String RECEIPTS = "target/payout-receipts";
    String NOW = "2026-04-15T09:30:00Z";

    @TestConfiguration
    class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse(NOW), ZoneOffset.UTC);
        }
    }
}
