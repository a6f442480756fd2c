package io.herdbook.jobs.platform.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.CreatorProfile;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.ProfilePage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.platform.PostStats;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Profile pages of every era, values read by hand from the captures. */
class PlatformParserProfilePagesTest {

    @Test
    void readsTheNextDataProfileAndItsFourServerRenderedPosts() {
        ProfilePage page = profile("profile-page-2021-01-next-data-tiktok.html");

        assertProfile(page.profile(), "tiktok", "107955", "MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM",
                50_100_000L, 496L, 246_000_000L, 118L, false);
        assertThat(page.posts()).extracting(PostData::id)
                .containsExactly("6912598122988326149", "6911370401054526725", "6909171131882802434", "6907709736355908869");
        PostData first = page.posts().get(0);
        assertThat(first.kind()).isEqualTo(PostKind.VIDEO);
        assertThat(first.canonicalUrl()).isEqualTo("https://www.tiktok.com/@tiktok/video/6912598122988326149");
        assertThat(first.authorHandle()).isEqualTo("tiktok");
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2021-01-01T01:31:21Z"));
        assertThat(first.createdApproximate()).isFalse();
        assertThat(first.stats()).isEqualTo(new PostStats(844_100, 84_900, 16_500, 673, null, false));
        assertThat(page.posts().get(1).stats().views()).isEqualTo(115_500_000L);
    }

    @Test
    void readsTheSigiProfileWithThirtyPostsInUserPostOrder() {
        ProfilePage page = profile("profile-page-2023-02-sigi-state-dylanlemay.html");

        assertProfile(page.profile(), "dylanlemay", "6798608364106204165",
                "MS4wLjABAAAAiLk3YhRS8WOU1PEJy1jNvAEi1D3fA-TzfTYrtqbehk6ew5Moo5y1aj5GhOl9-WC6",
                11_200_000L, 1204L, 587_500_000L, 1526L, false);
        assertThat(page.profile().nickname()).isEqualTo("Dylan Lemay");
        assertThat(page.posts()).hasSize(30);
        PostData first = page.posts().get(0);
        assertThat(first.id()).isEqualTo("7203022122757803307");
        assertThat(first.authorHandle()).isEqualTo("dylanlemay");
        assertThat(first.canonicalUrl()).isEqualTo("https://www.tiktok.com/@dylanlemay/video/7203022122757803307");
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2023-02-22T16:44:49Z"));
        assertThat(first.stats()).isEqualTo(new PostStats(101_500, 15_500, 64, 16, null, false));
        assertThat(page.posts().get(1).id()).isEqualTo("7202248593015868718");
        PostData last = page.posts().get(29);
        assertThat(last.id()).isEqualTo("7174071499312205098");
        assertThat(last.createdAt()).isEqualTo(Instant.parse("2022-12-06T16:22:00Z"));
        assertThat(last.stats()).isEqualTo(new PostStats(2_100_000, 201_700, 156, 55, null, false));
        assertThat(page.posts()).allMatch(p -> p.kind() == PostKind.VIDEO && !p.pinned());
    }

    @Test
    void readsTheDecember2024RehydrationProfileWithRoundedIntegerCounts() {
        ProfilePage page = profile("profile-page-2024-12-rehydration-mariannas_pantry.html");

        assertProfile(page.profile(), "mariannas_pantry", "6638006589037428742",
                "MS4wLjABAAAAwg5-dzCxwdx5cbt3sYpiMNBsKvc4dISjao6GNb0h_MZY6i6RDVxC3ggp5PFoyPOu",
                830_600L, 166L, 19_400_000L, 915L, false);
        assertThat(page.posts()).isEmpty();
    }

    @Test
    void readsTheApril2025RehydrationProfile() {
        ProfilePage page = profile("profile-page-2025-04-rehydration-rapvietvevo.html");

        assertProfile(page.profile(), "rapvietvevo", "6935244136946762754",
                "MS4wLjABAAAAkkTvK7MIfKmTuGALcNK4LMlO-YUsKBdK6ViOK78WUMcCx1aLrTz1Q1eiUMPpN5Zp",
                303_800L, 24L, 9_600_000L, 842L, false);
        assertThat(page.profile().nickname()).isEqualTo("RAP VIỆT VEVO");
        assertThat(page.posts()).isEmpty();
    }

    @Test
    void prefersTheExactUserStatsV2OverTheRoundedStats() {
        ProfilePage page = profile("profile-page-2026-05-rehydration-statsv2-alcaldiasa.html");

        assertProfile(page.profile(), "alcaldiasa", "7065499344158344198",
                "MS4wLjABAAAA512y-9TTmvycymky4Xc0ekQnz2cj6OC4LVgfZEtOlW78JgxaVxe9A8KS748GmESd",
                38_490L, 24L, 593_024L, 927L, true);
        assertThat(page.posts()).isEmpty();
    }

    static ProfilePage profile(String file) {
        ParsedPage page = Fixtures.parse(file);
        assertThat(page).isInstanceOf(ProfilePage.class);
        return (ProfilePage) page;
    }

    static void assertProfile(CreatorProfile p, String handle, String userId, String secUid, Long followers, Long following,
            Long likes, Long posts, boolean exact) {
        assertThat(p.handle()).isEqualTo(handle);
        assertThat(p.platformUserId()).isEqualTo(userId);
        assertThat(p.secUid()).isEqualTo(secUid);
        assertThat(p.followers()).isEqualTo(followers);
        assertThat(p.following()).isEqualTo(following);
        assertThat(p.likesReceived()).isEqualTo(likes);
        assertThat(p.postCount()).isEqualTo(posts);
        assertThat(p.privateAccount()).isFalse();
        assertThat(p.exactCounts()).isEqualTo(exact);
    }
}
