package io.herdbook.jobs.platform.fetch;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.IntStream;
import org.htmlunit.BrowserVersion;
import org.htmlunit.CookieManager;
import org.htmlunit.WebClient;
import org.htmlunit.WebClientOptions;

/**
 * A fixed set of HtmlUnit {@link WebClient}s, lent to one caller at a time. A {@code WebClient} is not
 * thread-safe, so each is used by a single thread between {@link #borrow()} and {@link #giveBack}; a
 * caller finding all of them busy waits (cheaply, on a virtual thread). All clients share one
 * {@link CookieManager} (which guards itself with a read-write lock), so the fetcher keeps one cookie
 * session whichever client served a page.
 */
final class BrowserPool implements AutoCloseable {

    private final List<WebClient> clients;
    private final BlockingQueue<WebClient> idle;

    BrowserPool(FetcherSettings settings, boolean javascriptEnabled, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a browser pool needs at least one client: " + size);
        }
        CookieManager cookies = new CookieManager();
        BrowserVersion browser = browser(settings);
        this.clients = IntStream.range(0, size).mapToObj(i -> client(browser, settings, javascriptEnabled, cookies)).toList();
        this.idle = new ArrayBlockingQueue<>(size, false, clients);
    }

    /** Takes an idle client, waiting for one if all are busy. */
    WebClient borrow() throws InterruptedException {
        return idle.take();
    }

    /** Returns a client taken with {@link #borrow()}. */
    void giveBack(WebClient client) {
        idle.add(client);
    }

    /** Closes every client, including windows and script threads; call when no fetch is running. */
    @Override
    public void close() {
        clients.forEach(WebClient::close);
    }

    private static BrowserVersion browser(FetcherSettings settings) {
        String language = settings.acceptLanguage().split("[,;]", 2)[0].trim();
        // navigator.language must agree with the header, or a bot check sees two different visitors.
        return new BrowserVersion.BrowserVersionBuilder(BrowserVersion.CHROME)
                .setUserAgent(settings.userAgent())
                .setAcceptLanguageHeader(settings.acceptLanguage())
                .setBrowserLanguage(language)
                .build();
    }

    private static WebClient client(BrowserVersion browser, FetcherSettings settings, boolean javascript,
                                    CookieManager cookies) {
        WebClient client = new WebClient(browser);
        WebClientOptions options = client.getOptions();
        options.setJavaScriptEnabled(javascript);
        options.setCssEnabled(false);
        options.setThrowExceptionOnFailingStatusCode(false);
        options.setThrowExceptionOnScriptError(false);
        options.setPrintContentOnFailingStatusCode(false);
        // A 3xx is the answer (login wall, regional notfound), exactly as for the plain HTTP fetcher.
        options.setRedirectEnabled(false);
        // HtmlUnit has one timeout for connect and each read; the request timeout is the longer one.
        options.setTimeout(Math.toIntExact(Math.min(Integer.MAX_VALUE, settings.requestTimeout().toMillis())));
        // Nobody goes back: keeping earlier pages alive would only hold their DOMs and scripts.
        options.setHistorySizeLimit(1);
        options.setHistoryPageCacheLimit(0);
        client.setCookieManager(cookies);
        client.setJavaScriptErrorListener(new PageScriptErrors());
        return client;
    }
}
