package io.herdbook.jobs.archive;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostStats;
import io.herdbook.jobs.platform.parse.PlatformParser;
import io.herdbook.jobs.refresh.ZeroStats;
import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.PostStore;
import io.herdbook.jobs.tracking.StatsStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Derives posts and stats snapshots again from the raw archive with the current parser, without fetching: every
 * payload in the range, in (slot, id) order, is read again and put through the rules the jobs apply to a fresh answer.
 * A profile (not private) or post-list page adds its posts not yet stored and not older than the creator's tracking
 * start; a post page of the post asked for, with stats (not all zero after a good snapshot with views: a partial
 * page), writes its (post, slot) snapshot when missing and corrects its counts when they differ. Nothing else changes: posts already stored keep their rows, no snapshot is deleted, and
 * payout lines keep the snapshot views they froze. Running it twice changes nothing the second time.
 */
@Service
public class Reparse {

    private static final Logger log = LoggerFactory.getLogger(Reparse.class);
    /** Payloads per transaction and in memory at once: a real page's script is up to ~800 KB decompressed. */
    static final int PAGE_SIZE = 25;
    /** The post a post-page resource asks for (see {@code WebPlatformSource#post}). */
    private static final Pattern POST_RESOURCE = Pattern.compile("^/@[^/?]+/(?:video|photo)/([0-9]{1,20})(?:[?#].*)?$");

    private final RawArchiveStore archive;
    private final ReparseStore store;
    private final PostStore posts;
    private final StatsStore stats;
    private final PlatformParser parser;
    private final TransactionTemplate transactions;

    public Reparse(RawArchiveStore archive, ReparseStore store, PostStore posts, StatsStore stats, PlatformParser parser,
                   PlatformTransactionManager transactions) {
        this.archive = archive;
        this.store = store;
        this.posts = posts;
        this.stats = stats;
        this.parser = parser;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Reparses the payloads in {@code range}, a page of them per transaction. */
    public ReparseSummary run(ReparseRange range) {
        Tally tally = new Tally();
        Instant afterSlot = null;
        Long afterId = null;
        for (List<ArchivedPayload> page = archive.page(range, null, null, PAGE_SIZE); !page.isEmpty();
             page = archive.page(range, afterSlot, afterId, PAGE_SIZE)) {
            List<ArchivedPayload> rows = page;
            transactions.executeWithoutResult(status -> rows.forEach(row -> apply(row, tally)));
            afterSlot = page.getLast().observedAt();
            afterId = page.getLast().id();
        }
        ReparseSummary summary = tally.summary();
        log.info("reparse {}: {}", range, summary);
        return summary;
    }

    private void apply(ArchivedPayload row, Tally tally) {
        tally.read++;
        ParsedPage page = parser.reread(row.payload());
        switch (page) {
            case ParsedPage.NoData noData -> {
                tally.notParsed++;
                if (row.outcome() == Outcome.DATA) {
                    tally.notParsedWereData++;
                    log.warn("reparse: payload {} ({} {}) was data when fetched and is now {} ({})", row.id(), row.jobName(),
                            row.resource(), noData.outcome(), noData.reason());
                }
            }
            // A private profile's list is what a stranger sees: discovery adds nothing from it (case C24).
            case ParsedPage.ProfilePage profile when !profile.profile().privateAccount() -> addPosts(row, profile.posts(), tally);
            case ParsedPage.PostListPage list -> addPosts(row, list.items(), tally);
            case ParsedPage.PostPage post -> snapshot(row, post.post(), tally);
            default -> tally.unused++;
        }
    }

    /** Discovery's rule: a post not stored and not older than the tracking start is added; a stored one is left as it is. */
    private void addPosts(ArchivedPayload row, List<PostData> listed, Tally tally) {
        Optional<CreatorRef> creator = tally.creators.computeIfAbsent(row.creatorId(),
                id -> store.creator(row.organisationId(), id));
        if (creator.isEmpty()) {
            tally.unused++;
            return;
        }
        List<PostData> inRange = listed.stream().filter(p -> !p.createdAt().isBefore(creator.get().trackingStart())).toList();
        tally.postsAdded += posts.addAll(creator.get(), inRange, row.fetchedAt());
    }

    /** Stats-refresh's rule: only this post's page with stats measures it; the (post, slot) snapshot is then made to agree. */
    private void snapshot(ArchivedPayload row, PostData post, Tally tally) {
        Optional<String> asked = askedPostId(row.resource());
        if (asked.isEmpty() || !asked.get().equals(post.id()) || post.stats() == null) {
            tally.unused++;
            return;
        }
        Optional<Long> postId = store.postId(row.organisationId(), row.creatorId(), asked.get());
        if (postId.isEmpty()) {
            tally.unused++;
            return;
        }
        long organisation = row.organisationId();
        PostStats now = post.stats();
        Optional<PostStats> stored = store.lockSnapshot(organisation, postId.get(), row.observedAt());
        if (stored.isPresent() && stored.get().equals(now)) {
            tally.unchanged++;
            return;
        }
        // Stats-refresh's zero rule (the job recorded such a page UNREADABLE): it neither writes nor corrects a snapshot here.
        if (now.allZero() && ZeroStats.partial(now, post.createdAt(), row.observedAt(),
                stats.lastGoodViews(organisation, postId.get(), row.observedAt()).orElse(null)).isPresent()) {
            tally.unused++;
            return;
        }
        // Judged as stats-refresh judges a fresh reading: a suspect one is kept, but never becomes the latest stats.
        String suspect = stats.suspicion(organisation, postId.get(), row.observedAt(), now).orElse(null);
        if (stored.isEmpty()) {
            if (store.insertSnapshot(organisation, postId.get(), row.observedAt(), row.fetchedAt(), now, suspect)) {
                tally.written++;
                alignLatest(row, postId.get(), now, suspect);
            } else {
                tally.unchanged++; // written by a job meanwhile, from the same kind of answer
            }
        } else {
            store.correctSnapshot(organisation, postId.get(), row.observedAt(), now, suspect);
            alignLatest(row, postId.get(), now, suspect);
            tally.changed++;
            tally.frozen += store.payoutLinesOn(organisation, postId.get(), row.observedAt());
            log.info("reparse: snapshot of post {} at {} corrected from {} to {}", postId.get(), row.observedAt(), stored.get(), now);
        }
    }

    private void alignLatest(ArchivedPayload row, long postId, PostStats now, String suspect) {
        if (suspect == null) {
            store.alignLatest(row.organisationId(), postId, row.observedAt(), row.fetchedAt(), now);
        }
    }

    /** The platform id of the post a post-page resource asked for; empty for any other resource. */
    static Optional<String> askedPostId(String resource) {
        Matcher m = POST_RESOURCE.matcher(resource);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** One run's counts, and the creators it has looked up. Used by one thread. */
    private static final class Tally {
        final Map<Long, Optional<CreatorRef>> creators = new HashMap<>();
        long read;
        long postsAdded;
        long written;
        long changed;
        long unchanged;
        long notParsed;
        long notParsedWereData;
        long unused;
        long frozen;

        ReparseSummary summary() {
            return new ReparseSummary(read, postsAdded, written, changed, unchanged, notParsed, notParsedWereData, unused, frozen);
        }
    }
}
