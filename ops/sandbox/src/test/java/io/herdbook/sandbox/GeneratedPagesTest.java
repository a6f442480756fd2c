package io.herdbook.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.CreatorProfile;
import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostKind;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fresh clone without the capture folder still gets a working platform. */
class GeneratedPagesTest {

    @TempDir
    Path emptyDir;

    @Test
    void anEmptyFolderServesThreeGeneratedCreatorsWhosePagesParseToData() {
        try (Sandbox sandbox = Sandbox.start(SandboxSettings.defaults().withPages(emptyDir))) {
            SandboxClient client = new SandboxClient(sandbox);

            assertThat(sandbox.library().isGenerated()).isTrue();
            assertThat(sandbox.library().creators()).hasSize(3);
            for (CreatorProfile creator : sandbox.library().creators().values()) {
                List<PostData> posts = sandbox.library().posts(creator.handle());
                assertThat(posts).hasSizeGreaterThanOrEqualTo(3).filteredOn(p -> p.kind() == PostKind.PHOTO).hasSize(1);
                assertThat(client.parse("/@" + creator.handle()).outcome()).isEqualTo(Outcome.DATA);
                for (PostData post : posts) {
                    ParsedPage page = client.parse("/@" + creator.handle() + "/" + post.kind().pathSegment() + "/" + post.id());
                    assertThat(page.outcome()).as(post.id()).isEqualTo(Outcome.DATA);
                }
            }
        }
    }

    @Test
    void aMissingFolderServesTheSameGeneratedCreatorsEveryTime() {
        try (Sandbox first = Sandbox.start(SandboxSettings.defaults().withPages(emptyDir.resolve("no-such-folder")));
             Sandbox second = Sandbox.start(SandboxSettings.defaults().withPages(emptyDir.resolve("still-none")))) {
            assertThat(first.library().creators()).isEqualTo(second.library().creators());
            for (String handle : first.library().creators().keySet()) {
                assertThat(first.library().posts(handle)).isEqualTo(second.library().posts(handle));
            }
        }
    }

    @Test
    void theGeneratedPhotoPostCarriesItsSlides() {
        try (Sandbox sandbox = Sandbox.start(SandboxSettings.defaults().withPages(emptyDir))) {
            PostData photo = sandbox.library().posts("lena.bakes").stream().filter(p -> p.kind() == PostKind.PHOTO).findFirst().orElseThrow();

            ParsedPage page = new SandboxClient(sandbox).parse("/@lena.bakes/photo/" + photo.id());

            assertThat(page).isInstanceOfSatisfying(ParsedPage.PostPage.class, p -> {
                assertThat(p.post().kind()).isEqualTo(PostKind.PHOTO);
                assertThat(p.post().imageCount()).isEqualTo(3);
                assertThat(p.post().stats().exact()).isTrue();
            });
        }
    }

    @Test
    void withoutCapturesTheBlockedFaultsAreGeneratedEquivalentsTheParserStillCallsBlocked() {
        try (Sandbox sandbox = Sandbox.start(SandboxSettings.defaults().withPages(emptyDir))) {
            SandboxClient client = new SandboxClient(sandbox);
            sandbox.faults().set("/@lena.bakes", new Fault.Blocked("akamai-403"));
            sandbox.faults().set("/@milo.trails", new Fault.Blocked("451"));
            sandbox.faults().set("/@ivy.sketches", new Fault.Blocked("login"));
            sandbox.faults().set("/@nobody", new Fault.Blocked("region-notfound"));

            HttpResponse<byte[]> akamai = client.get("/@lena.bakes");
            HttpResponse<byte[]> login = client.get("/@ivy.sketches");
            HttpResponse<byte[]> region = client.get("/@nobody");

            assertThat(akamai.statusCode()).isEqualTo(403);
            assertThat(client.get("/@milo.trails").statusCode()).isEqualTo(451);
            assertThat(login.headers().firstValue("location").orElseThrow()).contains("/login?").endsWith("enter_method=mandatory");
            assertThat(region.headers().firstValue("location")).hasValue("https://www.tiktok.com/hk/notfound");
            for (String path : List.of("/@lena.bakes", "/@milo.trails", "/@ivy.sketches", "/@nobody")) {
                assertThat(client.parse(path).outcome()).as(path).isEqualTo(Outcome.BLOCKED);
            }
        }
    }
}
