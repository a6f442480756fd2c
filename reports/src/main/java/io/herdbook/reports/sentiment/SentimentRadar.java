package io.herdbook.reports.sentiment;

import io.herdbook.reports.range.DateRange;
import java.util.List;

/** A project's sentiment over a range: headline figures, volume, ranked creators and negative-vibes alerts. */
public record SentimentRadar(DateRange range, SentimentKpis kpis, Volume volume,
                             List<CreatorSentiment> creators, List<NegativeAlert> alerts) {
}
