package io.herdbook.jobs.discovery;

import io.herdbook.jobs.JobsProperties;
import io.herdbook.jobs.platform.CreatorProfile;
import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.source.PlatformSource;
import io.herdbook.jobs.source.SourceAnswer;
import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.CreatorStatus;
import io.herdbook.jobs.tracking.FetchAttempt;
import io.herdbook.jobs.tracking.PostStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Discovers one creator: profile, then new posts until the first known one. Thread-safe. */
class CreatorDiscovery implements ItemProcessor<CreatorRef, DiscoveryResult> {

    private static final Logger log = LoggerFactory.getLogger(CreatorDiscovery.class);

    private final PlatformSource source;
    private final PostStore posts;
    private final JobsProperties.Discovery settings;
    private final Clock clock;
    private final Instant slot;

    CreatorDiscovery(PlatformSource source, PostStore posts, JobsProperties.Discovery settings, Clock clock, Instant slot) {
        this.source = source;
        this.posts = posts;
        this.settings = settings;
        this.clock = clock;
        this.slot = slot;
    }

    @Override
    public DiscoveryResult process(CreatorRef creator) {
        List<FetchAttempt> attempts = new ArrayList<>();
        SourceAnswer answer = source.profile(creator.handle());
        if (!(answer.page() instanceof ParsedPage.ProfilePage page)) {
            Outcome outcome = answer.page() instanceof ParsedPage.NoData ? answer.outcome() : Outcome.UNREADABLE;
            attempts.add(attempt(creator, answer, outcome, outcome == answer.outcome() ? answer.reason() : "not a profile page"));
            log.info("discovery @{}: profile {} ({})", creator.handle(), outcome, answer.reason());
            return new DiscoveryResult(creator, null, CreatorStatus.impliedBy(outcome).orElse(null), List.of(), attempts);
        }
        CreatorProfile profile = page.profile();
        if (profile.privateAccount()) {
            // A private profile's counts are what a stranger sees (often 0 posts): never snapshot them (case C24).
            attempts.add(attempt(creator, answer, Outcome.PRIVATE, "profile says privateAccount"));
            return new DiscoveryResult(creator, null, CreatorStatus.PRIVATE, List.of(), attempts);
        }
        attempts.add(attempt(creator, answer, Outcome.DATA, null));
        String secUid = Objects.requireNonNullElse(profile.secUid(), Objects.requireNonNullElse(creator.secUid(), ""));
        Map<String, PostData> seenAgain = new LinkedHashMap<>();
        List<PostData> found = newPosts(creator, secUid, page.posts(), attempts, profile.postCount(), seenAgain);
        log.info("discovery @{}: {} followers, {} new posts", creator.handle(), profile.followers(), found.size());
        return new DiscoveryResult(creator, profile, CreatorStatus.ACTIVE, found, attempts, List.copyOf(seenAgain.values()));
    }

    /** Walks the post list newest first, collecting posts until the first known one (see README). */
    private List<PostData> newPosts(CreatorRef creator, String secUid, List<PostData> serverRendered, List<FetchAttempt> attempts,
                                    Long profilePostCount, Map<String, PostData> seenAgain) {
        Map<String, PostData> found = new LinkedHashMap<>();
        if (collect(creator, serverRendered, found, seenAgain) || secUid.isEmpty()) {
            return List.copyOf(found.values());
        }
        String cursor = "0";
        for (int pageNo = 0; pageNo < settings.maxPages(); pageNo++) {
            SourceAnswer answer = source.postList(secUid, cursor, settings.pageSize());
            if (!(answer.page() instanceof ParsedPage.PostListPage list)) {
                Outcome outcome = answer.page() instanceof ParsedPage.NoData ? answer.outcome() : Outcome.UNREADABLE;
                attempts.add(attempt(creator, answer, outcome, answer.reason()));
                break;
            }
            boolean cursorStuck = list.cursor() == null || list.cursor().equals(cursor);
            attempts.add(attempt(creator, answer, Outcome.DATA, walkNote(pageNo, list, cursor, cursorStuck, profilePostCount)));
            boolean reachedKnown = collect(creator, list.items(), found, seenAgain);
            if (reachedKnown || !list.hasMore() || cursorStuck) {
                break;
            }
            cursor = list.cursor();
        }
        return List.copyOf(found.values());
    }

    /**
     * What a list page's attempt says about the walk (case C4), or null: a cursor that promised more but did
     * not move ends the walk, and says so; an empty, final first page under a profile that counts posts
     * means hidden posts, not deleted ones. Nothing is marked deleted and no stats move either way.
     */
    private static String walkNote(int pageNo, ParsedPage.PostListPage list, String asked, boolean cursorStuck, Long profilePostCount) {
        if (list.hasMore() && cursorStuck) {
            return "cursor " + asked + " did not move though hasMore: walk stopped";
        }
        return hiddenPosts(pageNo, list, profilePostCount);
    }

    private static String hiddenPosts(int pageNo, ParsedPage.PostListPage list, Long profilePostCount) {
        if (pageNo == 0 && list.items().isEmpty() && !list.hasMore() && profilePostCount != null && profilePostCount > 0) {
            return "empty post list while the profile counts " + profilePostCount + " posts: hidden, not deleted";
        }
        return null;
    }

    /**
     * Adds the unknown posts of one page to {@code found}, the known ones to {@code seenAgain}.
     *
     * @return true when the page reached a known post or one older than the tracking start (pinned posts excepted)
     */
    private boolean collect(CreatorRef creator, List<PostData> page, Map<String, PostData> found, Map<String, PostData> seenAgain) {
        Set<String> known = posts.knownIds(creator.id(), page.stream().map(PostData::id).toList());
        boolean reachedEnd = false;
        for (PostData post : page) {
            boolean tooOld = post.createdAt().isBefore(creator.trackingStart());
            if (known.contains(post.id())) {
                seenAgain.putIfAbsent(post.id(), post);
            }
            if (known.contains(post.id()) || tooOld) {
                reachedEnd |= !post.pinned();
            } else {
                found.putIfAbsent(post.id(), post);
            }
        }
        return reachedEnd;
    }

    private FetchAttempt attempt(CreatorRef creator, SourceAnswer answer, Outcome outcome, String reason) {
        return new FetchAttempt(creator.organisationId(), creator.id(), null, DiscoveryJobConfiguration.JOB_NAME, slot,
                answer.resource(), outcome, reason, answer.httpStatus(), answer.elapsed(), clock.instant(), answer.payload());
    }
}
