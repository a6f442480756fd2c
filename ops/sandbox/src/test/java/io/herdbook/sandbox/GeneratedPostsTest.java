package io.herdbook.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A creator with hundreds of generated posts, paged like the platform pages them, and a burst of new ones. */
class GeneratedPostsTest {

    @TempDir
    Path emptyDir;

    /** Every page of the creator's list, walked as a client does: cursor = the last item's createTime in ms. */
    private static List<ParsedPage.PostListPage> walk(SandboxClient client, String secUid) {
        List<ParsedPage.PostListPage> pages = new ArrayList<>();
        String cursor = "0";
        while (true) {
            ParsedPage.PostListPage page = (ParsedPage.PostListPage) client.parse(
                    ApiRoutes.ITEM_LIST + "?secUid=" + SandboxClient.urlEncode(secUid) + "&count=35&cursor=" + cursor);
            pages.add(page);
            if (!page.hasMore()) {
                return pages;
            }
            cursor = page.cursor();
        }
    }

    @Test
    void aGeneratedCreatorsThreeHundredPostsArePagedThirtyFiveAtATimeNewestFirstAndItsProfileCountsThem() {
        CaptureLibrary library = CaptureLibrary.load(emptyDir);
        library.generateCreator("many.posts", 300);
        try (Sandbox sandbox = Sandbox.start(SandboxSettings.defaults().withPages(emptyDir), library)) {
            SandboxClient client = new SandboxClient(sandbox);
            List<PostData> posts = library.posts("many.posts");

            ParsedPage.ProfilePage profile = (ParsedPage.ProfilePage) client.parse("/@many.posts");
            List<ParsedPage.PostListPage> pages = walk(client, profile.profile().secUid());

            assertThat(profile.profile().postCount()).isEqualTo(300L);
            assertThat(pages).hasSize(9).allSatisfy(page -> assertThat(page.items().size()).isLessThanOrEqualTo(35));
            assertThat(pages.getLast().items()).hasSize(300 - 8 * 35);
            assertThat(pages.stream().flatMap(p -> p.items().stream()).map(PostData::id).toList())
                    .containsExactlyElementsOf(posts.stream().map(PostData::id).toList()).doesNotHaveDuplicates();
            assertThat(posts).allSatisfy(post ->
                    assertThat(Long.parseUnsignedLong(post.id()) >>> 32).isEqualTo(post.createdAt().getEpochSecond() - 12));
            assertThat(posts).extracting(PostData::kind).contains(PostKind.PHOTO, PostKind.VIDEO);
            assertThat(posts).extracting(p -> p.stats().views()).doesNotHaveDuplicates();
            PostData photo = posts.stream().filter(p -> p.kind() == PostKind.PHOTO).findFirst().orElseThrow();
            ParsedPage.PostPage page = (ParsedPage.PostPage) client.parse("/@many.posts/photo/" + photo.id());
            assertThat(page.post().stats()).isEqualTo(photo.stats());
            assertThat(page.post().imageCount()).isEqualTo(photo.imageCount());
        }
    }

    @Test
    void aBurstPutsItsPostsFirstInTheListAndInTheProfilesCount() {
        CaptureLibrary library = CaptureLibrary.load(emptyDir);
        library.generateCreator("bursty", 10);
        try (Sandbox sandbox = Sandbox.start(SandboxSettings.defaults().withPages(emptyDir), library)) {
            SandboxClient client = new SandboxClient(sandbox);
            List<String> before = library.posts("bursty").stream().map(PostData::id).toList();

            List<PostData> added = sandbox.burst("bursty", 60);

            ParsedPage.ProfilePage profile = (ParsedPage.ProfilePage) client.parse("/@bursty");
            List<ParsedPage.PostListPage> pages = walk(client, profile.profile().secUid());
            List<String> expected = new ArrayList<>(added.stream().map(PostData::id).toList());
            expected.addAll(before);
            assertThat(profile.profile().postCount()).isEqualTo(70L);
            assertThat(pages).extracting(p -> p.items().size()).containsExactly(35, 35);
            assertThat(pages.stream().flatMap(p -> p.items().stream()).map(PostData::id).toList()).containsExactlyElementsOf(expected);
            assertThat(added.getLast().createdAt()).isEqualTo(library.posts("bursty").get(60).createdAt().plusSeconds(600));
        }
    }

    @Test
    void aBurstOnACapturedCreatorAddsToItsRealCountAndServesAGeneratedProfileInsteadOfTheCapturedOne() {
        CaptureLibrary library = CaptureLibrary.load(RealCaptures.folder());
        String handle = library.creators().keySet().stream().filter(library::hasCapturedProfilePage)
                .filter(h -> library.creator(h).orElseThrow().postCount() != null && library.creator(h).orElseThrow().secUid() != null)
                .findFirst().orElseThrow();
        long before = library.creator(handle).orElseThrow().postCount();
        int served = library.posts(handle).size();
        try (Sandbox sandbox = Sandbox.start(SandboxSettings.defaults(), library)) {
            List<PostData> added = sandbox.burst(handle, 3);

            ParsedPage.ProfilePage profile = (ParsedPage.ProfilePage) new SandboxClient(sandbox).parse("/@" + handle);
            assertThat(library.hasCapturedProfilePage(handle)).isFalse();
            assertThat(profile.profile().postCount()).isEqualTo(before + 3);
            assertThat(library.posts(handle)).hasSize(served + 3).startsWith(added.toArray(PostData[]::new));
            // The new posts are copies of real ones, numbered on from the creator's posts, the newest last.
            assertThat(added.getFirst().caption()).endsWith("[@" + handle + " #" + (served + 3) + "]");
            assertThat(added.getLast().caption()).endsWith("[@" + handle + " #" + (served + 1) + "]");
        }
    }

    @Test
    void theAdminRoutesAddACreatorAndABurstAndRefuseBadValues() {
        try (Sandbox sandbox = Sandbox.start(SandboxSettings.defaults().withPages(emptyDir))) {
            SandboxClient client = new SandboxClient(sandbox);

            var created = client.method("POST", "/__sandbox/creators?handle=@over.http&posts=3");
            var burst = client.method("POST", "/__sandbox/burst?handle=over.http&posts=2");
            var unknown = client.method("POST", "/__sandbox/burst?handle=nobody&posts=2");
            var notANumber = client.method("POST", "/__sandbox/burst?handle=over.http&posts=many");

            assertThat(created.statusCode()).isEqualTo(200);
            List<String> newest = sandbox.library().posts("over.http").subList(0, 2).stream().map(PostData::id).toList();
            assertThat(new String(burst.body(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"handle\":\"over.http\",\"added\":[\"" + newest.get(0) + "\",\"" + newest.get(1) + "\"],\"posts\":5}");
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("no creator @nobody");
            assertThat(notANumber.statusCode()).isEqualTo(400);
            assertThat(sandbox.library().posts("over.http")).hasSize(5);
            assertThat(sandbox.library().creator("over.http").orElseThrow().postCount()).isEqualTo(5L);
        }
    }
}
