package io.herdbook.jobs.platform.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Objects;
import org.htmlunit.Page;
import org.htmlunit.WebClient;

/**
 * A {@link PageFetcher} that is a headless browser (HtmlUnit, posing as Chrome): page scripts run,
 * cookies set by one fetch are sent on the next, so a session or a passed challenge carries over.
 * Stylesheets are not loaded, script errors and failing statuses do not throw, redirects are not
 * followed. It costs far more per page than {@link JdkHttpFetcher}; use it only where plain HTTP is
 * not enough.
 *
 * <p>After a page loads, the fetcher waits up to {@link FetcherSettings#javascriptWaitMillis()} for
 * background scripts (timers, XHR), then answers with the page the window shows at that moment: a
 * script that navigated (as a challenge does once passed) yields the page it navigated to. How the body
 * is chosen is described on {@link BrowserPages}.
 *
 * <p>Thread-safe: HtmlUnit's {@code WebClient} is not, so this fetcher owns a small pool of them and
 * lends each to one fetch at a time; concurrent fetches beyond the pool size wait their turn. The cookie
 * jar is shared by the pool and private to this instance. HtmlUnit's single timeout, the request
 * timeout, bounds the connect and each read, not the whole page.
 */
public final class HtmlUnitFetcher implements PageFetcher {

    /** Browsers per fetcher by default: each holds a script engine, so a few are plenty. */
    public static final int DEFAULT_POOL_SIZE = 2;

    private final FetcherSettings settings;
    private final boolean javascriptEnabled;
    private final BrowserPool pool;

    /** A fetcher with scripts on and {@value #DEFAULT_POOL_SIZE} browsers. */
    public HtmlUnitFetcher(FetcherSettings settings) {
        this(settings, true, DEFAULT_POOL_SIZE);
    }

    /**
     * @param javascriptEnabled whether page scripts run
     * @param poolSize          how many fetches may run at once (each holds one browser)
     */
    public HtmlUnitFetcher(FetcherSettings settings, boolean javascriptEnabled, int poolSize) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.javascriptEnabled = javascriptEnabled;
        this.pool = new BrowserPool(settings, javascriptEnabled, poolSize);
    }

    @Override
    public FetchResult fetch(String pathAndQuery) {
        URL url = toUrl(pathAndQuery);
        Stopwatch stopwatch = Stopwatch.start();
        WebClient client;
        try {
            client = pool.borrow();
        } catch (InterruptedException e) {
            // The caller is shutting down: keep the flag so its loop sees it, and report no answer.
            Thread.currentThread().interrupt();
            return new FetchResult.Failed("interrupted", false, stopwatch.elapsed());
        }
        try {
            return new FetchResult.Answered(BrowserPages.toResponse(load(client, url), javascriptEnabled), stopwatch.elapsed());
        } catch (IOException e) {
            return failure(e, url, stopwatch);
        } finally {
            // An idle browser must not keep running the timers of a page nobody reads any more.
            client.getCurrentWindow().getJobManager().removeAllJobs();
            pool.giveBack(client);
        }
    }

    /** Closes every browser of the pool; call once no fetch is running. */
    @Override
    public void close() {
        pool.close();
    }

    private Page load(WebClient client, URL url) throws IOException {
        client.getPage(url);
        if (javascriptEnabled && settings.javascriptWaitMillis() > 0) {
            client.waitForBackgroundJavaScript(settings.javascriptWaitMillis());
        }
        return client.getCurrentWindow().getEnclosedPage();
    }

    private FetchResult failure(IOException e, URL url, Stopwatch stopwatch) {
        // Apache HttpClient under HtmlUnit signals both a connect and a read timeout as an
        // InterruptedIOException (SocketTimeoutException, ConnectTimeoutException).
        boolean timedOut = e instanceof InterruptedIOException || e.getCause() instanceof InterruptedIOException;
        String reason = timedOut ? "timeout after " + settings.requestTimeout() : FailureReasons.describe(e, url);
        return new FetchResult.Failed(reason, timedOut, stopwatch.elapsed());
    }

    private URL toUrl(String pathAndQuery) {
        try {
            return settings.resolve(pathAndQuery).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a URL: " + pathAndQuery, e);
        }
    }
}
