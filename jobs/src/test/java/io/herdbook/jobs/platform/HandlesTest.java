package io.herdbook.jobs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HandlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "frys_8, frys_8",
        "@frys_8, frys_8",
        "mu33.__, mu33.__",
        "https://www.tiktok.com/@frys_8, frys_8",
        "https://www.tiktok.com/@frys_8?lang=en, frys_8",
        "https://m.tiktok.com/@frys_8/, frys_8",
        // C1: a share link's path names the handle; mid=, user_id= and timestamp= are other people's numbers.
        "https://www.tiktok.com/@frys_8/photo/7468167472961572103?mid=7370632836616063750&pic_cnt=3&timestamp=1739090053&user_id=6817421842291328001, frys_8",
        "https://www.tiktok.com/@emthenutritionist/video/7608826249200356630, emthenutritionist",
        // Handles are case-insensitive on the platform: one account, one creator, however it was typed.
        "TikTok, tiktok",
        "@Frys_8, frys_8",
        "https://www.tiktok.com/@Mu33.__/video/7468167472961572103, mu33.__",
    })
    void readsTheHandleFromAHandleOrALink(String input, String handle) {
        assertThat(Handles.fromInput(input)).contains(handle);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "@", "not a handle", "a/b", "https://example.com/@frys_8", "https://www.tiktok.com/tag/food",
        "https://www.tiktok.com/", "way_too_long_for_a_tiktok_handle", "ftp://www.tiktok.com/@x"})
    void refusesWhatIsNeitherAHandleNorALinkToOne(String input) {
        assertThat(Handles.fromInput(input)).isEmpty();
    }
}
