package io.herdbook.jobs.tracking;

import static io.herdbook.jobs.testing.TrackingData.aCreator;
import static io.herdbook.jobs.testing.TrackingData.aPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herdbook.jobs.testing.MigratedDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A post's tracking status (V27) and the {@code tracked} flag the jobs read: true exactly when the status is TRACKED,
 * whichever of the two a writer sets; discovery's new posts are PENDING where the project reviews them, and a known
 * post's status is left as it is.
 */
class PostTrackingStatusIntegrationTest {

    private static final Instant SEEN = Instant.parse("2026-03-10T06:00:00Z");

    private final JdbcTemplate jdbc = MigratedDatabase.named("tracking_stores");
    private final PostStore posts = new PostStore(jdbc);

    private String status(CreatorRef creator, String platformPostId) {
        return jdbc.queryForObject("SELECT tracking_status || ' ' || tracked FROM posts WHERE creator_id = ? AND platform_post_id = ?",
                String.class, creator.id(), platformPostId);
    }

    private void review(CreatorRef creator, boolean on) {
        jdbc.update("UPDATE projects SET review_discovered = ? WHERE id = (SELECT project_id FROM creators WHERE id = ?)", on, creator.id());
    }

    @Test
    void trackedFollowsTheStatusAndAWriterOfTrackedAloneMovesTheStatus() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        posts.addAll(creator, List.of(aPost("201").build(), aPost("202").build()), SEEN);
        assertThat(status(creator, "201")).isEqualTo("TRACKED true");

        jdbc.update("UPDATE posts SET tracking_status = 'PENDING' WHERE creator_id = ? AND platform_post_id = '201'", creator.id());
        jdbc.update("UPDATE posts SET tracked = false WHERE creator_id = ? AND platform_post_id = '202'", creator.id());
        assertThat(status(creator, "201")).isEqualTo("PENDING false");
        assertThat(status(creator, "202")).isEqualTo("EXCLUDED false");

        jdbc.update("UPDATE posts SET tracked = true WHERE creator_id = ? AND platform_post_id = '202'", creator.id());
        jdbc.update("UPDATE posts SET tracking_status = 'EXPIRED' WHERE creator_id = ? AND platform_post_id = '201'", creator.id());
        assertThat(status(creator, "202")).isEqualTo("TRACKED true");
        assertThat(status(creator, "201")).isEqualTo("EXPIRED false");

        assertThatThrownBy(() -> jdbc.update("UPDATE posts SET tracking_status = 'MAYBE' WHERE creator_id = ?", creator.id()))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("posts_tracking_status_known");
    }

    @Test
    void discoveryAddsPendingPostsWhereTheProjectReviewsThemAndNeverChangesAKnownPostsStatus() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        posts.addAll(creator, List.of(aPost("301").build()), SEEN);
        review(creator, true);

        posts.addAll(creator, List.of(aPost("301").caption("seen again").build(), aPost("302").build()), SEEN.plusSeconds(60));
        assertThat(status(creator, "301")).isEqualTo("TRACKED true");
        assertThat(status(creator, "302")).isEqualTo("PENDING false");

        review(creator, false);
        jdbc.update("UPDATE posts SET tracking_status = 'EXCLUDED' WHERE creator_id = ? AND platform_post_id = '301'", creator.id());
        posts.addAll(creator, List.of(aPost("301").caption("and again").build(), aPost("302").caption("again").build(), aPost("303").build()),
                SEEN.plusSeconds(120));
        assertThat(status(creator, "301")).isEqualTo("EXCLUDED false");
        assertThat(status(creator, "302")).isEqualTo("PENDING false");
        assertThat(status(creator, "303")).isEqualTo("TRACKED true");
        assertThat(jdbc.queryForObject("SELECT caption FROM posts WHERE creator_id = ? AND platform_post_id = '301'", String.class,
                creator.id())).as("the sighting did update the row").isEqualTo("and again");
    }
}
