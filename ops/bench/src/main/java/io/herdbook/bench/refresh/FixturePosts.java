package io.herdbook.bench.refresh;

import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.platform.parse.PlatformParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real captured post pages, one of every era the fixtures hold (2020 Next.js data, 2022 SIGI state,
 * 2026 rehydration video, 2026 photo post): the sandbox serves each byte for byte at any handle, so many
 * tracked posts can point at these few pages and every fetch parses a real page.
 */
record FixturePosts(List<FixturePost> posts) {

    /** A captured post page: the id and kind the parser reads from it, and its size. */
    record FixturePost(String id, PostKind kind, long bytes) {
    }

    static FixturePosts read(Path fixtures) throws IOException {
        PlatformParser parser = new PlatformParser();
        List<FixturePost> posts = new ArrayList<>();
        try (Stream<Path> files = Files.list(fixtures)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("(photo-)?post-page-.*\\.html")).sorted().toList()) {
                if (parser.parseCapture(Files.readString(file, StandardCharsets.UTF_8)) instanceof ParsedPage.PostPage page
                        && page.post().stats() != null) {
                    posts.add(new FixturePost(page.post().id(), page.post().kind(), Files.size(file)));
                }
            }
        }
        if (posts.isEmpty()) {
            throw new IllegalStateException("no readable post page among the captures in " + fixtures);
        }
        return new FixturePosts(List.copyOf(posts));
    }

    /** The mean size of a page, in bytes, weighted as the tracked posts use them (evenly). */
    long meanBytes() {
        return Math.round(posts.stream().mapToLong(FixturePost::bytes).average().orElse(0));
    }
}
