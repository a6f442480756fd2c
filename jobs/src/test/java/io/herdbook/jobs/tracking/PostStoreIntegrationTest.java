package io.herdbook.jobs.tracking;

import static io.herdbook.jobs.testing.TrackingData.aCreator;
import static io.herdbook.jobs.testing.TrackingData.aPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.testing.MigratedDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Discovered posts: one row per post however often it is seen, and only well-formed platform ids. */
class PostStoreIntegrationTest {

    private static final Instant SEEN = Instant.parse("2026-03-10T06:00:00Z");

    private final JdbcTemplate jdbc = MigratedDatabase.named("tracking_stores");
    private final PostStore posts = new PostStore(jdbc);

    @Test
    void addingTheSamePostsTwiceKeepsOneRowPerPostAndTheSecondCallAddsNone() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        List<PostData> found = List.of(aPost("7608826249200356630").build(), aPost("7468167472961572103").photo().build());

        int first = posts.addAll(creator, found, SEEN);
        int second = posts.addAll(creator, found, SEEN.plusSeconds(3600));

        assertThat(first).isEqualTo(2);
        assertThat(second).isZero();
        assertThat(jdbc.queryForList("SELECT platform_post_id FROM posts WHERE creator_id = ?", String.class, creator.id()))
                .containsExactlyInAnyOrder("7608826249200356630", "7468167472961572103");
    }

    @Test
    void aRepeatedSightingDoesNotMoveTheFirstSeenTime() {
        CreatorRef creator = aCreator().insertInto(jdbc);

        posts.addAll(creator, List.of(aPost("7608826249200356630").build()), SEEN);
        posts.addAll(creator, List.of(aPost("7608826249200356630").build()), SEEN.plusSeconds(3600));

        assertThat(jdbc.queryForObject("SELECT first_seen_at FROM posts WHERE creator_id = ?", java.time.OffsetDateTime.class,
                creator.id()).toInstant()).isEqualTo(SEEN);
    }

    @Test
    void knownIdsAreExactlyTheAskedIdsThisCreatorHasStored() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        CreatorRef someoneElse = aCreator().insertInto(jdbc);
        posts.addAll(creator, List.of(aPost("101").build(), aPost("102").build()), SEEN);
        posts.addAll(someoneElse, List.of(aPost("103").build()), SEEN);

        assertThat(posts.knownIds(creator.id(), List.of("101", "102", "103", "104"))).containsExactlyInAnyOrder("101", "102");
        assertThat(posts.knownIds(creator.id(), List.of("102"))).containsExactly("102");
        assertThat(posts.knownIds(creator.id(), List.of())).isEmpty();
    }

    @Test
    void aPostIdPast2To63IsStoredAsItsDecimalText() {
        CreatorRef creator = aCreator().insertInto(jdbc);

        posts.addAll(creator, List.of(aPost("18446744073709551615").build()), SEEN);

        assertThat(posts.knownIds(creator.id(), List.of("18446744073709551615"))).containsExactly("18446744073709551615");
    }

    @Test
    void theDatabaseRefusesANonNumericPlatformPostId() {
        CreatorRef creator = aCreator().insertInto(jdbc);

        assertThatThrownBy(() -> posts.addAll(creator, List.of(aPost("7608826249200356630?lang=en").build()), SEEN))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("posts_platform_post_id_check");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM posts WHERE creator_id = ?", Long.class, creator.id())).isZero();
    }
}
