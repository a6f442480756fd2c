package io.herdbook.jobs.platform;

import java.util.List;

/**
 * What one captured page or API body means. Exactly one of the permitted shapes; {@link NoData}
 * carries every outcome other than data.
 */
public sealed interface ParsedPage {

    /** The outcome of this page: {@link Outcome#DATA} for all shapes but {@link NoData}. */
    default Outcome outcome() {
        return Outcome.DATA;
    }

    /** A profile page or user-detail body; {@code posts} holds any posts the page rendered server-side. */
    record ProfilePage(CreatorProfile profile, List<PostData> posts) implements ParsedPage {
        public ProfilePage {
            posts = List.copyOf(posts);
        }
    }

    /** A single post (a post page, or an oEmbed body, whose post has no stats). */
    record PostPage(PostData post) implements ParsedPage {
    }

    /** One page of a post list, newest first apart from pinned posts. {@code cursor} may be null. */
    record PostListPage(List<PostData> items, String cursor, boolean hasMore) implements ParsedPage {
        public PostListPage {
            items = List.copyOf(items);
        }
    }

    /** One page of a post's comments. {@code total} is null when the body does not say. */
    record CommentListPage(List<CommentData> comments, String cursor, boolean hasMore, Long total) implements ParsedPage {
        public CommentListPage {
            comments = List.copyOf(comments);
        }
    }

    /** A file that holds several responses at once (a test capture of a whole API session). */
    record Bundle(List<ParsedPage> parts) implements ParsedPage {
        public Bundle {
            parts = List.copyOf(parts);
        }
    }

    /**
     * No data: blocked, private, not found, a shell, a failed fetch or an unreadable body.
     *
     * @param outcome never {@link Outcome#DATA}
     * @param reason  a short human-readable why, e.g. {@code "http 403 AkamaiGHost"} or {@code "statusCode 10222"}
     */
    record NoData(Outcome outcome, String reason) implements ParsedPage {
        public NoData {
            if (outcome == Outcome.DATA) {
                throw new IllegalArgumentException("NoData cannot carry outcome DATA");
            }
        }
    }
}
