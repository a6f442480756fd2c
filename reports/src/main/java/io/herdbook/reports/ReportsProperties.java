package io.herdbook.reports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reports module ({@code herdbook.*}). Invalid values fail at start-up.
 *
 * @param compliance the goal-compliance report
 */
@ConfigurationProperties("herdbook")
public record ReportsProperties(@DefaultValue Compliance compliance) {

    /**
     * @param staleAfter a creator whose stats were last fetched longer ago than this is flagged STATS_MAY_BE_STALE
     */
    public record Compliance(@DefaultValue("24h") Duration staleAfter) {

        public Compliance {
            if (staleAfter == null || staleAfter.isNegative() || staleAfter.isZero()) {
                throw new IllegalArgumentException("herdbook.compliance.stale-after must be a positive duration, was " + staleAfter);
            }
        }
    }
}
