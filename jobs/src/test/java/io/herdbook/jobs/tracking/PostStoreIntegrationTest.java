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

    // ---- a post seen again keeps what the new source lacks ----

    private static final String ID = "7608826249200356630";
    private static final Instant ID_TIME = Instant.ofEpochSecond(Long.parseUnsignedLong(ID) >>> 32);
    private static final Instant CREATE_TIME = ID_TIME.plusSeconds(12);

    @Test
    void aSourceWithoutCaptionTimeOrCoverWipesNoneOfThem() {
        // given a post stored from a full item: caption, exact createTime, cover
        CreatorRef creator = aCreator().insertInto(jdbc);
        posts.addAll(creator, List.of(aPost(ID).caption("the caption").postedAt(CREATE_TIME).cover("https://cdn/a.jpg").build()), SEEN);

        // when a source lacking all three (empty caption, id time only, no cover) shows it again
        int added = posts.addAll(creator, List.of(aPost(ID).caption("").postedAt(ID_TIME).approximateTime().build()), SEEN.plusSeconds(60));

        // then
        assertThat(added).isZero();
        assertThat(stored(creator)).isEqualTo(new Stored("the caption", CREATE_TIME, false, "https://cdn/a.jpg", SEEN));
    }

    @Test
    void aSourceThatChangesOneThingKeepsTheOthersItLacks() {
        // given a post stored from a full item
        CreatorRef creator = aCreator().insertInto(jdbc);
        posts.addAll(creator, List.of(aPost(ID).caption("the caption").postedAt(CREATE_TIME).cover("https://cdn/a.jpg").build()), SEEN);

        // when one source brings only a fresh cover, and another only an edited caption
        posts.addAll(creator, List.of(aPost(ID).caption("").postedAt(ID_TIME).approximateTime().cover("https://cdn/b.jpg").build()), SEEN);
        Stored afterCover = stored(creator);
        posts.addAll(creator, List.of(aPost(ID).caption("edited").postedAt(ID_TIME).approximateTime().build()), SEEN);

        // then each kept what it lacked
        assertThat(afterCover).isEqualTo(new Stored("the caption", CREATE_TIME, false, "https://cdn/b.jpg", SEEN));
        assertThat(stored(creator)).isEqualTo(new Stored("edited", CREATE_TIME, false, "https://cdn/b.jpg", SEEN));
    }

    @Test
    void anApproximateTimeGivesWayToAnExactOneButNeverTheReverse() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        posts.addAll(creator, List.of(aPost(ID).caption("").postedAt(ID_TIME).approximateTime().build()), SEEN);

        posts.addAll(creator, List.of(aPost(ID).caption("").postedAt(CREATE_TIME).build()), SEEN.plusSeconds(60));
        Stored upgraded = stored(creator);
        posts.addAll(creator, List.of(aPost(ID).caption("").postedAt(ID_TIME).approximateTime().build()), SEEN.plusSeconds(120));
        posts.addAll(creator, List.of(aPost(ID).caption("").postedAt(CREATE_TIME.plusSeconds(5)).build()), SEEN.plusSeconds(180));

        assertThat(upgraded).isEqualTo(new Stored("", CREATE_TIME, false, null, SEEN));
        assertThat(stored(creator)).as("an exact time is never replaced, not even by another exact one").isEqualTo(upgraded);
    }

    @Test
    void aNonEmptyCaptionAndAFreshCoverReplaceTheStoredOnes() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        posts.addAll(creator, List.of(aPost(ID).caption("").cover("https://cdn/old.jpg").build()), SEEN);

        posts.addAll(creator, List.of(aPost(ID).caption("edited caption").cover("https://cdn/new.jpg").build()), SEEN.plusSeconds(60));

        assertThat(stored(creator)).isEqualTo(new Stored("edited caption", Instant.parse("2026-03-01T12:00:00Z"), false,
                "https://cdn/new.jpg", SEEN));
    }

    @Test
    void aCallOfNewAndKnownPostsCountsOnlyTheNewOnesEvenWhenTheKnownOnesChange() {
        // given two stored posts
        CreatorRef creator = aCreator().insertInto(jdbc);
        posts.addAll(creator, List.of(aPost("101").caption("").build(), aPost("102").build()), SEEN);

        // when a page shows both again (one with a caption it lacked), a new one, and the new one twice
        int added = posts.addAll(creator, List.of(aPost("101").caption("filled").build(), aPost("102").build(),
                aPost("103").caption("").build(), aPost("103").caption("second sighting").cover("https://cdn/103.jpg").build()), SEEN);

        // then only 103 is new, stored as the repeats fold (the later non-empty caption, the cover)
        assertThat(added).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT platform_post_id || '=' || caption || '|' || coalesce(thumbnail_url, '-') FROM posts "
                + "WHERE creator_id = ? ORDER BY platform_post_id", String.class, creator.id()))
                .containsExactly("101=filled|-", "102=caption of 102|-", "103=second sighting|https://cdn/103.jpg");
    }

    @Test
    void refreshingByIdFollowsTheSameRulesAndTouchesNoOtherOrganisationsPost() {
        // given a stored post with an approximate time, no caption and no cover
        CreatorRef creator = aCreator().insertInto(jdbc);
        posts.addAll(creator, List.of(aPost(ID).caption("").postedAt(ID_TIME).approximateTime().build()), SEEN);
        long postId = jdbc.queryForObject("SELECT id FROM posts WHERE creator_id = ?", Long.class, creator.id());
        PostData page = aPost(ID).caption("from the post page").postedAt(CREATE_TIME).cover("https://cdn/p.jpg").build();

        // when another organisation's id pair is given first, then the right one
        posts.refreshAll(List.of(new PostStore.Sighting(creator.organisationId() + 1_000_000, postId, page)));
        Stored untouched = stored(creator);
        posts.refreshAll(List.of(new PostStore.Sighting(creator.organisationId(), postId, page)));

        // then
        assertThat(untouched).isEqualTo(new Stored("", ID_TIME, true, null, SEEN));
        assertThat(stored(creator)).isEqualTo(new Stored("from the post page", CREATE_TIME, false, "https://cdn/p.jpg", SEEN));
    }

    private record Stored(String caption, Instant postedAt, boolean approximate, String thumbnail, Instant firstSeen) {
    }

    private Stored stored(CreatorRef creator) {
        return jdbc.queryForObject("""
                SELECT caption, posted_at, posted_at_approximate, thumbnail_url, first_seen_at FROM posts WHERE creator_id = ?
                """, (rs, i) -> new Stored(rs.getString("caption"), Sql.instant(rs, "posted_at"), rs.getBoolean("posted_at_approximate"),
                rs.getString("thumbnail_url"), Sql.instant(rs, "first_seen_at")), creator.id());
    }
}
