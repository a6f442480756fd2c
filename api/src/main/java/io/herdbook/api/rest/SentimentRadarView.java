package io.herdbook.api.rest;

import io.herdbook.reports.sentiment.CreatorSentiment;
import io.herdbook.reports.sentiment.NegativeAlert;
import io.herdbook.reports.sentiment.SentimentComment;
import io.herdbook.reports.sentiment.SentimentKpis;
import io.herdbook.reports.sentiment.SentimentRadar;
import io.herdbook.reports.sentiment.Volume;
import java.time.LocalDate;
import java.util.List;

/**
 * The radar as the API shows it.
 *
 * @param from     first day of the range, in {@code timeZone}
 * @param to       last day of the range, included
 * @param timeZone the project's zone, which decides where days begin
 * @param stream   the first page of the comment stream; {@code next} continues at {@code /sentiment/comments}
 */
record SentimentRadarView(long projectId, LocalDate from, LocalDate to, String timeZone, SentimentKpis kpis, Volume volume,
                          List<CreatorSentiment> creators, List<NegativeAlert> alerts, Page<SentimentComment> stream) {

    static SentimentRadarView of(long projectId, SentimentRadar radar, Page<SentimentComment> stream) {
        return new SentimentRadarView(projectId, radar.range().from(), radar.range().to(), radar.range().zone().getId(),
                radar.kpis(), radar.volume(), radar.creators(), radar.alerts(), stream);
    }
}
