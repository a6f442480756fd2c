package io.herdbook.jobs;

import io.herdbook.jobs.platform.fetch.FetcherKind;
import io.herdbook.jobs.platform.fetch.FetcherSettings;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the jobs module ({@code herdbook.*}). Invalid values fail at start-up.
 *
 * @param platform  where and how the platform is fetched
 * @param discovery the discovery job
 * @param refresh    the stats-refresh job
 * @param comments   the comment-sweep job
 * @param partitions how a job's work is fanned out into partitions
 * @param goals      the goal-evaluation job
 */
@ConfigurationProperties("herdbook")
public record JobsProperties(@DefaultValue Platform platform, @DefaultValue Discovery discovery, @DefaultValue Refresh refresh,
                             @DefaultValue Comments comments, @DefaultValue Partitions partitions,
                             @DefaultValue Goals goals) {

    /**
     * @param baseUrl        the platform's base URL: the real platform by default, the sandbox in the demo
     * @param pageFetcher    HTTP (plain client, data in the served HTML) or BROWSER (HtmlUnit runs the page's scripts)
     * @param apiFetcher     the fetcher for API JSON bodies
     * @param connectTimeout how long to wait for a connection
     * @param requestTimeout how long to wait for a whole answer
     * @param userAgent      the User-Agent header sent
     * @param acceptLanguage the Accept-Language header sent
     * @param javascriptWait how long the browser fetcher lets a page's background scripts run after load
     */
    public record Platform(
            @DefaultValue("https://www.tiktok.com") URI baseUrl,
            @DefaultValue("HTTP") FetcherKind pageFetcher,
            @DefaultValue("HTTP") FetcherKind apiFetcher,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("15s") Duration requestTimeout,
            @DefaultValue(FetcherSettings.DEFAULT_USER_AGENT) String userAgent,
            @DefaultValue("en-US,en;q=0.9") String acceptLanguage,
            @DefaultValue("1s") Duration javascriptWait) {

        public Platform {
            requirePositive(connectTimeout, "herdbook.platform.connect-timeout");
            requirePositive(requestTimeout, "herdbook.platform.request-timeout");
        }

        /** The fetcher settings these properties describe. */
        public FetcherSettings fetcherSettings() {
            return new FetcherSettings(baseUrl, connectTimeout, requestTimeout, userAgent, acceptLanguage, javascriptWait.toMillis());
        }
    }

    /**
     * @param pageSize    posts asked for per list page (the platform serves at most 35)
     * @param maxPages    list pages read per creator per run, so a cursor that never ends cannot loop (case C4)
     * @param chunkSize   creators per committed chunk, and so creators fetched at once (one virtual thread each)
     */
    public record Discovery(
            @DefaultValue("35") int pageSize,
            @DefaultValue("50") int maxPages,
            @DefaultValue("10") int chunkSize) {

        public Discovery {
            requireRange(pageSize, 1, 35, "herdbook.discovery.page-size");
            requireRange(maxPages, 1, 10_000, "herdbook.discovery.max-pages");
            requireRange(chunkSize, 1, 1_000, "herdbook.discovery.chunk-size");
        }
    }

    /**
     * @param lookback how far back goal-evaluation looks for periods not yet evaluated, counted from each period's
     *                 evaluation mark (its end + 48 h, + the view window); older periods are left alone, so a goal or
     *                 structure created today with a start date years ago does not pay out years of posts unasked
     */
    public record Goals(@DefaultValue("92d") Duration lookback) {

        public Goals {
            requirePositive(lookback, "herdbook.goals.lookback");
        }
    }

    /**
     * @param chunkSize posts per committed chunk, and so post pages fetched at once (one virtual thread each)
     */
    public record Refresh(@DefaultValue("50") int chunkSize) {

        public Refresh {
            requireRange(chunkSize, 1, 10_000, "herdbook.refresh.chunk-size");
        }
    }

    /**
     * @param maxPerPost comments kept per post per sweep: the newest-first sample the sentiment figures read
     * @param pageSize   comments asked for per comment-list request (the platform serves at most 50)
     * @param chunkSize  posts per committed chunk, and so posts swept at once (one virtual thread each)
     */
    public record Comments(
            @DefaultValue("100") int maxPerPost,
            @DefaultValue("50") int pageSize,
            @DefaultValue("20") int chunkSize) {

        public Comments {
            requireRange(maxPerPost, 1, 5_000, "herdbook.comments.max-per-post");
            requireRange(pageSize, 1, 50, "herdbook.comments.page-size");
            requireRange(chunkSize, 1, 1_000, "herdbook.comments.chunk-size");
        }

        /**
         * Comment-list requests per post at most. Twice what full pages would need, because the platform
         * often serves fewer than asked; past it a walk ends whatever the cursor says (case C4).
         */
        public int maxPages() {
            return 2 * Math.ceilDiv(maxPerPost, pageSize);
        }
    }

    /**
     * @param count        partitions per run (by creator id hash); a restart keeps the count its run began with
     * @param dispatch     where partitions run: LOCAL in this JVM, JOBRUNR as JobRunr jobs on any worker
     * @param pollInterval how often a manager waiting on JobRunr partitions checks them
     * @param retries      JobRunr retries of a failed partition before the run ends FAILED (a restart goes on from there)
     */
    public record Partitions(
            @DefaultValue("4") int count,
            @DefaultValue("LOCAL") Dispatch dispatch,
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("3") int retries) {

        /** The value of {@code herdbook.partitions.dispatch} that hands partitions to JobRunr. */
        public static final String JOBRUNR = "jobrunr";

        public Partitions {
            requireRange(count, 1, 1_024, "herdbook.partitions.count");
            requirePositive(pollInterval, "herdbook.partitions.poll-interval");
            requireRange(retries, 0, 20, "herdbook.partitions.retries");
        }

        /** Where partitions run. */
        public enum Dispatch {
            /** On virtual threads of the JVM that runs the job (the CLI's {@code run} and {@code demo}). */
            LOCAL,
            /** As one JobRunr job each, on any worker node (needs the scheduler module). */
            JOBRUNR
        }
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
        }
    }

    private static void requireRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}
