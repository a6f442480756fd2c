package io.herdbook.api.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herdbook.jobs.comments.sentiment.SentimentLabel;
import io.herdbook.reports.sentiment.BucketSize;
import io.herdbook.reports.sentiment.CommentCursor;
import io.herdbook.reports.sentiment.CommentFilter;
import io.herdbook.reports.sentiment.CommentOrder;
import io.herdbook.reports.sentiment.CommentStreams;
import io.herdbook.reports.sentiment.CreatorSentiment;
import io.herdbook.reports.range.DateRange;
import io.herdbook.reports.sentiment.NegativeAlert;
import io.herdbook.reports.sentiment.SentimentComment;
import io.herdbook.reports.sentiment.SentimentKpis;
import io.herdbook.reports.sentiment.SentimentRadar;
import io.herdbook.reports.sentiment.SentimentRadars;
import io.herdbook.reports.sentiment.VolumeBucket;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The radar's figures and thresholds, each at its boundary, over comments seeded into real PostgreSQL. */
@SentimentTestContext
class SentimentRadarTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    @Autowired SentimentRadars radars;
    @Autowired CommentStreams streams;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    SentimentData data;
    long organisation;
    long project;

    @BeforeEach
    void anOrganisationWithAProject() {
        data = new SentimentData(jdbc);
        organisation = data.anOrganisation();
        project = data.project(organisation, "UTC");
    }

    private SentimentRadar radar() {
        return radars.radar(organisation, project, DateRange.of(null, null, UTC, clock));
    }

    private long post(String handle) {
        return data.post(organisation, data.creator(organisation, project, handle));
    }

    @Test
    void theDefaultRangeIsTheLastThirtyDaysByTheInjectedClock() {
        DateRange range = DateRange.of(null, null, UTC, clock);

        assertThat(range.from()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(range.to()).isEqualTo(LocalDate.parse("2026-03-31"));
        assertThat(range.end()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
    }

    @Test
    void kpisCountUnscoredCommentsInTheTotalButInNoPercentageOrAverage() {
        long post = post("kpi");
        data.comments(organisation, post, 1, 0.5, "2026-03-02T00:00:00Z");       // the range's first instant: in
        data.comments(organisation, post, 1, 0.7, "2026-03-10T12:00:00Z");
        data.comments(organisation, post, 1, 0.9, "2026-03-31T23:59:59Z");       // the range's last second: in
        data.comments(organisation, post, 1, 0.0, "2026-03-10T12:00:00Z");
        data.comments(organisation, post, 1, -0.4, "2026-03-10T12:00:00Z");
        data.comments(organisation, post, 1, -0.8, "2026-03-10T12:00:00Z");
        data.comments(organisation, post, 2, null, "2026-03-10T12:00:00Z");
        data.comments(organisation, post, 1, -1.0, "2026-03-01T23:59:59Z");      // before the range
        data.comments(organisation, post, 1, -1.0, "2026-04-01T00:00:00Z");      // the range's end: out
        long elsewhere = data.project(organisation, "UTC");                        // same organisation, other project
        data.comments(organisation, data.post(organisation, data.creator(organisation, elsewhere, "other")), 5, -1.0,
                "2026-03-10T12:00:00Z");

        SentimentKpis kpis = radar().kpis();

        assertThat(kpis.totalComments()).isEqualTo(8);
        assertThat(kpis.analysedComments()).isEqualTo(6);
        assertThat(kpis.unscoredComments()).isEqualTo(2);
        assertThat(kpis.positivePercent()).isEqualTo(new BigDecimal("50.0"));
        assertThat(kpis.negativePercent()).isEqualTo(new BigDecimal("33.3"));
        assertThat(kpis.averageScore()).isEqualTo(new BigDecimal("0.1500"));
    }

    @Test
    void percentagesRoundHalfEvenToOneDecimal() {
        long post = post("halves");
        data.comments(organisation, post, 1, -0.5, "2026-03-10T12:00:00Z");
        data.comments(organisation, post, 15, 0.5, "2026-03-10T12:00:00Z");

        SentimentKpis kpis = radar().kpis();

        // 1/16 = 6.25 % and 15/16 = 93.75 %: half-even keeps the even digit (6.2), where half-up would say 6.3.
        assertThat(kpis.negativePercent()).isEqualTo(new BigDecimal("6.2"));
        assertThat(kpis.positivePercent()).isEqualTo(new BigDecimal("93.8"));
    }

    @Test
    void anEmptyRangeHasNoPercentagesRatherThanZero() {
        SentimentKpis kpis = radar().kpis();

        assertThat(kpis.totalComments()).isZero();
        assertThat(kpis.positivePercent()).isNull();
        assertThat(kpis.averageScore()).isNull();
    }

    @Test
    void aCreatorIsRankedFromTwentyAnalysedCommentsNotNineteenAndUnscoredOnesDoNotCount() {
        long twenty = post("twenty");
        data.comments(organisation, twenty, 20, 0.5, "2026-03-10T12:00:00Z");
        long nineteen = post("nineteen");
        data.comments(organisation, nineteen, 19, 0.9, "2026-03-10T12:00:00Z");
        data.comments(organisation, nineteen, 10, null, "2026-03-10T12:00:00Z");
        data.comments(organisation, nineteen, 5, 0.9, "2026-02-10T12:00:00Z");   // out of range
        long gloomy = post("gloomy");
        data.comments(organisation, gloomy, 21, -0.2, "2026-03-10T12:00:00Z");

        List<CreatorSentiment> creators = radar().creators();

        assertThat(creators).extracting(CreatorSentiment::handle).containsExactly("twenty", "gloomy");
        assertThat(creators.getFirst().analysedComments()).isEqualTo(20);
        assertThat(creators.getFirst().averageScore()).isEqualTo(new BigDecimal("0.5000"));
        assertThat(creators.get(1).negativePercent()).isEqualTo(new BigDecimal("100.0"));
    }

    @Test
    void aPostAlertsAtFortyPercentNegativeButNotAtThirtyNinePointNine() {
        long forty = post("forty");
        data.comments(organisation, forty, 4, -0.6, "2026-03-10T12:00:00Z");
        data.comments(organisation, forty, 6, 0.6, "2026-03-10T12:00:00Z");
        long nearly = post("nearly");
        data.comments(organisation, nearly, 399, -0.6, "2026-03-10T12:00:00Z");
        data.comments(organisation, nearly, 601, 0.6, "2026-03-10T12:00:00Z");

        List<NegativeAlert> alerts = radar().alerts();

        assertThat(alerts).extracting(NegativeAlert::postId).containsExactly(forty);
        assertThat(alerts.getFirst().negativePercent()).isEqualTo(new BigDecimal("40.0"));
        assertThat(alerts.getFirst().creatorHandle()).isEqualTo("forty");
    }

    @Test
    void aPostNeedsTenAnalysedCommentsToAlertAndUnscoredOnesDoNotMakeUpTheNumber() {
        long ten = post("ten");
        data.comments(organisation, ten, 5, -0.6, "2026-03-10T12:00:00Z");
        data.comments(organisation, ten, 5, 0.6, "2026-03-10T12:00:00Z");
        long nine = post("nine");
        data.comments(organisation, nine, 5, -0.6, "2026-03-10T12:00:00Z");
        data.comments(organisation, nine, 4, 0.6, "2026-03-10T12:00:00Z");
        data.comments(organisation, nine, 3, null, "2026-03-10T12:00:00Z");

        List<NegativeAlert> alerts = radar().alerts();

        assertThat(alerts).extracting(NegativeAlert::postId).containsExactly(ten);
        assertThat(alerts.getFirst().analysedComments()).isEqualTo(10);
        assertThat(alerts.getFirst().negativePercent()).isEqualTo(new BigDecimal("50.0"));
    }

    @Test
    void fourteenDaysAreShownByDayEmptyDaysIncluded() {
        long post = post("daily");
        data.comments(organisation, post, 2, 0.5, "2026-03-03T08:00:00Z");
        data.comments(organisation, post, 1, null, "2026-03-15T23:00:00Z");

        var volume = radars.radar(organisation, project, DateRange.of(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-15"), UTC, clock)).volume();

        assertThat(volume.bucketSize()).isEqualTo(BucketSize.DAY);
        assertThat(volume.buckets()).hasSize(14);
        assertThat(volume.buckets().getFirst().label()).isEqualTo("2026-03-02");
        assertThat(volume.buckets().getFirst().comments().total()).isZero();
        assertThat(volume.buckets().get(1).comments().positive()).isEqualTo(2);
        assertThat(volume.buckets().getLast().label()).isEqualTo("2026-03-15");
        assertThat(volume.buckets().getLast().comments().unscored()).isEqualTo(1);
    }

    @Test
    void fifteenDaysAreShownByIsoWeekCutToTheRange() {
        long post = post("weekly");
        data.comments(organisation, post, 2, 0.5, "2026-03-03T08:00:00Z");
        data.comments(organisation, post, 1, -0.5, "2026-03-15T23:00:00Z");

        var volume = radars.radar(organisation, project, DateRange.of(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-16"), UTC, clock)).volume();

        assertThat(volume.bucketSize()).isEqualTo(BucketSize.WEEK);
        assertThat(volume.buckets()).extracting(VolumeBucket::label).containsExactly("2026-W10", "2026-W11", "2026-W12");
        assertThat(volume.buckets()).extracting(bucket -> bucket.comments().total()).containsExactly(2L, 1L, 0L);
        assertThat(volume.buckets().getLast().from()).isEqualTo(LocalDate.parse("2026-03-16"));
        assertThat(volume.buckets().getLast().to()).isEqualTo(LocalDate.parse("2026-03-16"));
    }

    @Test
    void aWeekStartedBeforeTheRangeIsCountedOnlyFromTheRangesFirstDay() {
        long post = post("midweek");
        data.comments(organisation, post, 3, 0.5, "2026-03-03T08:00:00Z");     // Tuesday of W10, before the range
        data.comments(organisation, post, 1, 0.5, "2026-03-05T08:00:00Z");     // Thursday of W10, in it

        var volume = radars.radar(organisation, project, DateRange.of(LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-20"), UTC, clock)).volume();

        assertThat(volume.buckets().getFirst().label()).isEqualTo("2026-W10");
        assertThat(volume.buckets().getFirst().from()).isEqualTo(LocalDate.parse("2026-03-04"));
        assertThat(volume.buckets().getFirst().comments().total()).isEqualTo(1);
    }

    @Test
    void daysAreTheProjectsDaysInItsTimeZone() {
        long newYork = data.project(organisation, "America/New_York");
        long post = data.post(organisation, data.creator(organisation, newYork, "nyc"));
        data.comments(organisation, post, 1, 0.5, "2026-03-10T03:00:00Z");     // 23:00 on the 9th in New York

        ZoneId zone = radars.projectZone(organisation, newYork).orElseThrow();
        var twoDays = radars.radar(organisation, newYork, DateRange.of(LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-10"), zone, clock));
        var tenth = radars.radar(organisation, newYork, DateRange.of(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-10"), zone, clock));

        assertThat(twoDays.volume().buckets()).extracting(bucket -> bucket.comments().total()).containsExactly(1L, 0L);
        assertThat(tenth.kpis().totalComments()).isZero();
    }

    @Test
    void rangesAreRefusedWhenBackwardsOrLongerThanALeapYear() {
        assertThatThrownBy(() -> DateRange.of(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-09"), UTC, clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateRange.of(LocalDate.parse("2025-01-01"), LocalDate.parse("2026-01-02"), UTC, clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("367");
        assertThat(DateRange.of(LocalDate.parse("2025-01-01"), LocalDate.parse("2026-01-01"), UTC, clock).days()).isEqualTo(366);
    }

    @Test
    void theStreamPagesNewestFirstReturningEveryCommentOnceUnscoredIncluded() {
        long first = post("streamer");
        long second = post("streamer2");
        data.comments(organisation, first, 4, 0.5, "2026-03-10T12:00:00Z");      // four comments sharing one time
        data.comments(organisation, second, 3, null, "2026-03-10T12:00:00Z");
        data.comments(organisation, second, 2, -0.5, "2026-03-11T12:00:00Z");
        data.comments(organisation, first, 1, 0.0, "2026-03-09T12:00:00Z");
        DateRange range = DateRange.of(null, null, UTC, clock);

        List<SentimentComment> seen = new ArrayList<>();
        CommentCursor cursor = null;
        do {
            List<SentimentComment> page = streams.project(organisation, project, range, CommentFilter.ALL, cursor, 4);
            seen.addAll(page.subList(0, Math.min(3, page.size())));
            cursor = page.size() > 3 ? CommentCursor.after(CommentOrder.NEWEST, page.get(2)) : null;
        } while (cursor != null);

        List<Long> expected = jdbc.queryForList("SELECT id FROM comments WHERE organisation_id = ? ORDER BY posted_at DESC, id DESC",
                Long.class, organisation);
        assertThat(seen).extracting(SentimentComment::id).containsExactlyElementsOf(expected).hasSize(10).doesNotHaveDuplicates();
        assertThat(seen).filteredOn(comment -> comment.sentiment() == SentimentLabel.UNSCORED).hasSize(3)
                .allSatisfy(comment -> assertThat(comment.score()).isNull());
    }

    @Test
    void theKeywordMatchesIgnoringCaseAsPlainTextNeverAsAPattern() {
        long post = post("words");
        Instant at = Instant.parse("2026-03-10T12:00:00Z");
        data.comments(organisation, post, 1, 0.8, at, "this is FIRE 🔥");
        data.comments(organisation, post, 1, 0.3, at, "fire");
        data.comments(organisation, post, 1, 0.3, at, "50% off");
        data.comments(organisation, post, 1, 0.3, at, "500 views");
        data.comments(organisation, post, 1, 0.3, at, "a_b");
        data.comments(organisation, post, 1, 0.3, at, "axb");
        data.comments(organisation, post, 1, -0.6, at, "fire is bad");
        data.comments(organisation, post, 1, null, at, "🔥🔥");
        DateRange range = DateRange.of(null, null, UTC, clock);

        assertThat(texts(range, CommentFilter.of(null, "Fire"))).containsExactlyInAnyOrder("this is FIRE 🔥", "fire", "fire is bad");
        assertThat(texts(range, CommentFilter.of(null, "50%"))).containsExactly("50% off");
        assertThat(texts(range, CommentFilter.of(null, "a_b"))).containsExactly("a_b");
        assertThat(texts(range, CommentFilter.of(null, "'); DROP TABLE comments; --"))).isEmpty();
        assertThat(texts(range, CommentFilter.of("negative", "fire"))).containsExactly("fire is bad");
        assertThat(texts(range, CommentFilter.of("UNSCORED", null))).containsExactly("🔥🔥");
        assertThatThrownBy(() -> CommentFilter.of("angry", null)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> texts(DateRange range, CommentFilter filter) {
        return streams.project(organisation, project, range, filter, null, 50).stream().map(SentimentComment::text).toList();
    }

    @Test
    void anotherOrganisationsProjectIsNotFound() {
        long other = data.anOrganisation();

        assertThat(radars.projectZone(other, project)).isEmpty();
        assertThat(radars.projectZone(organisation, project)).contains(ZoneId.of("UTC"));
    }
}
