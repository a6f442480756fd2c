package io.herdbook.sandbox;

import io.herdbook.jobs.platform.CreatorProfile;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.platform.PostStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Three made-up creators for a checkout without the capture folder: four videos and one three-slide
 * photo post each, with exact ({@code statsV2}) counts as the platform serves them today. Every value
 * is a function of the creator's and post's index, so runs and machines agree.
 */
final class GeneratedCreators {

    private static final String[][] CREATORS = {
            {"lena.bakes", "Lena Bakes"},
            {"milo.trails", "Milo on Trails"},
            {"ivy.sketches", "Ivy Sketches"},
    };
    private static final int VIDEOS = 4;
    // A fixed start keeps ids and times stable; posts are two days apart, creators an hour apart.
    private static final long FIRST_POST = Instant.parse("2026-03-02T10:00:00Z").getEpochSecond();
    private static final long UPLOAD_SECONDS = 12;

    private GeneratedCreators() {
    }

    static CaptureLibrary library() {
        Map<String, CreatorProfile> creators = new LinkedHashMap<>();
        Map<String, List<PostData>> posts = new LinkedHashMap<>();
        for (int c = 0; c < CREATORS.length; c++) {
            String handle = CREATORS[c][0];
            List<PostData> list = new ArrayList<>();
            for (int p = 0; p <= VIDEOS; p++) {
                list.add(post(c, p, handle));
            }
            list.sort(LibraryBuilder.NEWEST_FIRST);
            posts.put(handle, List.copyOf(list));
            creators.put(handle, profile(c, list));
        }
        return new CaptureLibrary(null, creators, posts, Set.of(), Map.of(), Map.of(), Map.of(), GeneratedBlocks.all());
    }

    private static CreatorProfile profile(int c, List<PostData> posts) {
        long likes = posts.stream().mapToLong(p -> p.stats().likes()).sum();
        return new CreatorProfile(CREATORS[c][0], Long.toString(7_300_000_000_000_000_000L + c), secUid(c), CREATORS[c][1],
                12_345L * (c + 1) + 7, 100L + c, likes, (long) posts.size(), false, true);
    }

    /** Post {@code p} of creator {@code c}; the last one is the photo post. */
    private static PostData post(int c, int p, String handle) {
        long created = FIRST_POST + c * 3_600L + p * 172_800L;
        // The upper 32 bits of an id are the upload start, a few seconds before createTime.
        long low = ((c + 1) * 1_000_003L * (p + 7)) & 0xFFFF_FFFFL;
        String id = Long.toUnsignedString(((created - UPLOAD_SECONDS) << 32) | low);
        boolean photo = p == VIDEOS;
        PostKind kind = photo ? PostKind.PHOTO : PostKind.VIDEO;
        long views = 1_000L * (p + 2) * (c + 3) + 17L * p;
        PostStats stats = new PostStats(views, views / 9, views / 97 + p, views / 211, views / 53, true);
        return new PostData(id, kind, photo ? 3 : 0,
                PageWriter.ORIGIN + "/@" + handle + "/" + kind.pathSegment() + "/" + id,
                handle, (photo ? "Three slides" : "Sandbox video " + (p + 1)) + " by @" + handle + " #sandbox",
                Instant.ofEpochSecond(created), false, stats, false);
    }

    private static String secUid(int c) {
        return "MS4wLjABAAAAsandbox" + "0123456789abcdef".repeat(3).substring(c, c + 40) + "_" + CREATORS[c][0].replace('.', '-');
    }
}
