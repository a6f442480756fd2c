package io.herdbook.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.CreatorProfile;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.RawResponse;
import io.herdbook.jobs.platform.parse.PlatformParser;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the sandbox generates parses back, through the real parser, to exactly the values it was
 * generated from: for every creator and post of the real captures, and of the generated library.
 */
class RoundTripTest {

    private final PlatformParser parser = new PlatformParser();
    private final PageWriter writer = new PageWriter();

    static Stream<Arguments> libraries() {
        return Stream.of(
                Arguments.of(Named("real captures", () -> CaptureLibrary.load(RealCaptures.folder()))),
                Arguments.of(Named("generated", CaptureLibrary::generated)));
    }

    private static org.junit.jupiter.api.Named<java.util.function.Supplier<CaptureLibrary>> Named(
            String name, java.util.function.Supplier<CaptureLibrary> library) {
        return org.junit.jupiter.api.Named.of(name, library);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libraries")
    void aGeneratedProfilePageParsesToTheSameCreator(java.util.function.Supplier<CaptureLibrary> source) {
        CaptureLibrary library = source.get();
        for (CreatorProfile creator : library.creators().values()) {
            ParsedPage page = parser.parse(RawResponse.ok(writer.profilePage(creator)));

            assertThat(page).as(creator.handle()).isEqualTo(new ParsedPage.ProfilePage(creator, List.of()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libraries")
    void aGeneratedPostPageParsesToTheSamePost(java.util.function.Supplier<CaptureLibrary> source) {
        CaptureLibrary library = source.get();
        for (CreatorProfile creator : library.creators().values()) {
            for (PostData post : library.posts(creator.handle())) {
                ParsedPage page = parser.parse(RawResponse.ok(writer.postPage(post, creator)));

                assertThat(page).as(post.id()).isEqualTo(new ParsedPage.PostPage(post));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libraries")
    void theServedPostListParsesToTheSamePostsNewestFirst(java.util.function.Supplier<CaptureLibrary> source) {
        try (Sandbox sandbox = Sandbox.start(SandboxSettings.defaults(), source.get())) {
            SandboxClient client = new SandboxClient(sandbox);
            for (CreatorProfile creator : sandbox.library().creators().values()) {
                assertThat(allPosts(client, creator)).as(creator.handle()).isEqualTo(sandbox.library().posts(creator.handle()));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libraries")
    void everyServedPageOfEveryCreatorParsesToData(java.util.function.Supplier<CaptureLibrary> source) {
        try (Sandbox sandbox = Sandbox.start(SandboxSettings.defaults(), source.get())) {
            SandboxClient client = new SandboxClient(sandbox);
            for (CreatorProfile creator : sandbox.library().creators().values()) {
                ParsedPage profile = client.parse("/@" + creator.handle());
                assertThat(profile).as(creator.handle()).isInstanceOfSatisfying(ParsedPage.ProfilePage.class,
                        p -> assertThat(p.profile()).isEqualTo(creator));
                for (PostData post : sandbox.library().posts(creator.handle())) {
                    ParsedPage page = client.parse("/@" + creator.handle() + "/" + post.kind().pathSegment() + "/" + post.id());
                    assertThat(page).as(post.id()).isEqualTo(new ParsedPage.PostPage(post));
                }
            }
        }
    }

    private static List<PostData> allPosts(SandboxClient client, CreatorProfile creator) {
        List<PostData> posts = new ArrayList<>();
        String cursor = "0";
        for (int page = 0; page < 20; page++) {
            ParsedPage.PostListPage list = (ParsedPage.PostListPage) client.parse(
                    "/api/post/item_list?count=35&cursor=" + cursor + "&secUid=" + SandboxClient.urlEncode(creator.secUid()));
            posts.addAll(list.items());
            if (!list.hasMore()) {
                break;
            }
            cursor = list.cursor();
        }
        return posts;
    }
}
