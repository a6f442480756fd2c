package io.herdbook.reports.sentiment;

import io.herdbook.jobs.tracking.Sql;
import io.herdbook.reports.range.DateRange;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a project's sentiment radar. Each part is one aggregate query over the project's comments in
 * range (see {@link ProjectComments}); no comment is loaded to be counted.
 */
@Repository
public class SentimentRadars {

    /** A creator is ranked from this many analysed comments in range: fewer say too little to rank on. */
    public static final int MIN_CREATOR_ANALYSED = 20;
    /** A post can raise a negative-vibes alert from this many analysed comments in range. */
    public static final int ALERT_MIN_ANALYSED = 10;
    /** Rankings and alerts show at most this many rows, the most telling first. */
    public static final int MAX_ROWS = 100;

    private final JdbcClient jdbc;

    public SentimentRadars(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The time zone of the organisation's project; empty when there is no such project, or it is another organisation's. */
    public Optional<ZoneId> projectZone(long organisationId, long projectId) {
        return jdbc.sql("SELECT time_zone FROM projects WHERE organisation_id = :organisation AND id = :project")
                .param("organisation", organisationId).param("project", projectId)
                .query(String.class).optional().map(ZoneId::of);
    }

    /** The radar of a project that {@link #projectZone} found, over {@code range}. */
    public SentimentRadar radar(long organisationId, long projectId, DateRange range) {
        return new SentimentRadar(range, kpis(organisationId, projectId, range), volume(organisationId, projectId, range),
                creators(organisationId, projectId, range), alerts(organisationId, projectId, range));
    }

    SentimentKpis kpis(long organisationId, long projectId, DateRange range) {
        return scoped("SELECT " + LabelCounts.COLUMNS + ", avg(c.sentiment_score) AS average" + ProjectComments.FROM,
                organisationId, projectId, range)
                .query((rs, i) -> SentimentKpis.of(LabelCounts.read(rs), rs.getObject("average", Double.class))).single();
    }

    Volume volume(long organisationId, long projectId, DateRange range) {
        BucketSize size = BucketSize.forDays(range.days());
        // Days are the project's days: a comment at 23:30 UTC may belong to tomorrow in its zone.
        String bucket = size == BucketSize.DAY ? "CAST(c.posted_at AT TIME ZONE :zone AS date)"
                : "CAST(date_trunc('week', c.posted_at AT TIME ZONE :zone) AS date)";
        LocalDate first = size == BucketSize.DAY ? range.from() : range.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String step = size == BucketSize.DAY ? "1 day" : "7 days";
        List<VolumeBucket> buckets = scoped("""
                WITH counted AS (SELECT %s AS starts, %s %s GROUP BY 1)
                SELECT CAST(b AS date) AS starts, coalesce(total, 0) AS total, coalesce(analysed, 0) AS analysed,
                       coalesce(positive, 0) AS positive, coalesce(neutral, 0) AS neutral,
                       coalesce(negative, 0) AS negative, coalesce(unscored, 0) AS unscored
                  FROM generate_series(CAST(:first AS date), CAST(:last AS date), interval '%s') b
                  LEFT JOIN counted ON counted.starts = CAST(b AS date)
                 ORDER BY 1
                """.formatted(bucket, LabelCounts.COLUMNS, ProjectComments.FROM, step), organisationId, projectId, range)
                .param("zone", range.zone().getId()).param("first", first).param("last", range.to())
                .query((rs, i) -> bucket(size, rs.getObject("starts", LocalDate.class), range, LabelCounts.read(rs))).list();
        return new Volume(size, buckets);
    }

    private static VolumeBucket bucket(BucketSize size, LocalDate starts, DateRange range, LabelCounts counts) {
        if (size == BucketSize.DAY) {
            return new VolumeBucket(starts.toString(), starts, starts, counts);
        }
        String label = "%d-W%02d".formatted(starts.get(IsoFields.WEEK_BASED_YEAR), starts.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        LocalDate from = starts.isBefore(range.from()) ? range.from() : starts;
        LocalDate to = starts.plusDays(6).isAfter(range.to()) ? range.to() : starts.plusDays(6);
        return new VolumeBucket(label, from, to, counts);
    }

    List<CreatorSentiment> creators(long organisationId, long projectId, DateRange range) {
        return scoped("""
                SELECT cr.id, cr.handle, %s, avg(c.sentiment_score) AS average %s AND c.sentiment <> 'UNSCORED'
                 GROUP BY cr.id, cr.handle
                HAVING count(*) >= :minimum
                 ORDER BY avg(c.sentiment_score) DESC, cr.id
                 LIMIT :rows
                """.formatted(LabelCounts.COLUMNS, ProjectComments.FROM), organisationId, projectId, range)
                .param("minimum", MIN_CREATOR_ANALYSED).param("rows", MAX_ROWS)
                .query((rs, i) -> {
                    LabelCounts counts = LabelCounts.read(rs);
                    return new CreatorSentiment(rs.getLong("id"), rs.getString("handle"), counts.analysed(),
                            Figures.percent(counts.positive(), counts.analysed()), Figures.percent(counts.negative(), counts.analysed()),
                            Figures.score(rs.getObject("average", Double.class)));
                }).list();
    }

    List<NegativeAlert> alerts(long organisationId, long projectId, DateRange range) {
        // 40 % compared in integers (5 × negative ≥ 2 × analysed): no rounding decides whether a post alerts.
        return scoped("""
                SELECT p.id, p.platform_post_id, p.url, cr.id AS creator_id, cr.handle,
                       count(*) AS analysed, count(*) FILTER (WHERE c.sentiment = 'NEGATIVE') AS negative
                %s AND c.sentiment <> 'UNSCORED'
                 GROUP BY p.id, p.platform_post_id, p.url, cr.id, cr.handle
                HAVING count(*) >= :minimum AND 5 * count(*) FILTER (WHERE c.sentiment = 'NEGATIVE') >= 2 * count(*)
                 ORDER BY CAST(count(*) FILTER (WHERE c.sentiment = 'NEGATIVE') AS numeric) / count(*) DESC, count(*) DESC, p.id
                 LIMIT :rows
                """.formatted(ProjectComments.FROM), organisationId, projectId, range)
                .param("minimum", ALERT_MIN_ANALYSED).param("rows", MAX_ROWS)
                .query((rs, i) -> new NegativeAlert(rs.getLong("id"), rs.getString("platform_post_id"), rs.getString("url"),
                        rs.getLong("creator_id"), rs.getString("handle"), rs.getLong("analysed"), rs.getLong("negative"),
                        Figures.percent(rs.getLong("negative"), rs.getLong("analysed")))).list();
    }

    private JdbcClient.StatementSpec scoped(String sql, long organisationId, long projectId, DateRange range) {
        return jdbc.sql(sql).param("organisation", organisationId).param("project", projectId)
                .param("start", Sql.utc(range.start())).param("end", Sql.utc(range.end()));
    }
}
