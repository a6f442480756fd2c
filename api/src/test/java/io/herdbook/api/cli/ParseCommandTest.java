package io.herdbook.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.testing.CapturedPages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParseCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int parse(String file) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("parse", file);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Each capture prints its kind and outcome and the values read by hand from the file. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "profile-page-2021-01-next-data-tiktok.html|ProfilePage|DATA|\"followers\" : 50100000",
        "profile-page-2023-02-sigi-state-dylanlemay.html|ProfilePage|DATA|\"likesReceived\" : 587500000",
        "profile-page-2024-12-rehydration-mariannas_pantry.html|ProfilePage|DATA|\"followers\" : 830600",
        "profile-page-2025-04-rehydration-rapvietvevo.html|ProfilePage|DATA|\"postCount\" : 842",
        "profile-page-2026-05-rehydration-statsv2-alcaldiasa.html|ProfilePage|DATA|\"likesReceived\" : 593024",
        "user-detail-api-2025-10-via-rapidapi.json|ProfilePage|DATA|\"followers\" : 427682",
        "post-page-2020-10-next-data-tiktok.html|PostPage|DATA|\"likes\" : 1300000",
        "post-page-2022-08-sigi-state-merveilleux123.html|PostPage|DATA|\"views\" : 5800000",
        "post-page-2026-07-rehydration-video-detail-emthenutritionist.html|PostPage|DATA|\"saves\" : 124842",
        "photo-post-page-2026-02-reflow-imagepost-mu33.html|PostPage|DATA|\"imageCount\" : 4",
        "oembed-2026-09-video-ahormozi.json|PostPage|DATA|\"createdAt\" : \"2024-02-16T01:35:54Z\"",
        "item-list-2025-10-post-item_list-via-rapidapi-1item.json|PostListPage|DATA|\"cursor\" : \"1758331327601\"",
        "recommend-item-list-2022-11-api.json|PostListPage|DATA|\"id\" : \"7158770362770099483\"",
        "comment-list-2026-02-api-via-tikhub.json|CommentListPage|DATA|\"total\" : 227",
        "api-responses-2021-01-item_list-user-hashtag.ts.txt|Bundle|DATA|\"id\" : \"6807325450981969158\"",
        "blocked-2022-03-akamai-403-access-denied.http.txt|NoData|BLOCKED|AkamaiGHost",
        "blocked-2022-03-451-unavailable-for-legal-reasons.http.txt|NoData|BLOCKED|451",
        "blocked-2022-02-302-redirect-to-login.http.txt|NoData|BLOCKED|login wall",
        "blocked-2022-02-302-redirect-region-notfound.http.txt|NoData|BLOCKED|region wall",
    })
    void printsWhatEachCaptureMeansAsJson(String file, String type, String outcome, String expected) {
        int status = parse(CapturedPages.dir().resolve(file).toString());

        assertThat(status).isZero();
        assertThat(printed())
                .contains("\"type\" : \"" + type + "\"")
                .contains("\"outcome\" : \"" + outcome + "\"")
                .contains(expected);
    }

    @Test
    void refusesAFileThatIsNoPageOrApiBodyWithAClearErrorAndNonZeroExit(@TempDir Path dir) throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "shopping list: milk, eggs");

        int status = parse(notes.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("notes.txt").contains("not a page or API body");
    }

    @Test
    void refusesAMissingFileWithAClearErrorAndNonZeroExit(@TempDir Path dir) {
        int status = parse(dir.resolve("absent.html").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read").contains("no such file");
        assertThat(printed()).isEmpty();
    }

    @Test
    void refusesABinaryFile(@TempDir Path dir) throws IOException {
        Path binary = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe, 0, 1});

        assertThat(parse(binary.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("image.png");
    }

    @Test
    void withoutAFileArgumentPrintsUsage() {
        int status = new Cli(new PrintStream(out), new PrintStream(err)).run("parse");

        assertThat(status).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: herdbook parse FILE");
    }

    @Test
    void helpListsEveryCommand() {
        int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err)).run("help");

        assertThat(status).isZero();
        assertThat(printed()).contains("demo [--exit]").contains("run JOB").contains("parse FILE").contains("help");
    }
}
