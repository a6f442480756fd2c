package io.herdbook.bench.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.StringWebResponse;
import org.htmlunit.WebClient;
import org.htmlunit.WebClientOptions;
import org.htmlunit.WebConnection;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;

/**
 * The P1-htmlunit baseline: HtmlUnit building the DOM of a captured page, with JavaScript and CSS off, then
 * finding the data script's element and its text, as a DOM-based scraper would before it parses any JSON.
 * Nothing is fetched: the page is parsed from memory and any request it would make fails at once.
 */
final class HtmlUnitDom implements AutoCloseable {

    private static final List<String> DATA_SCRIPT_IDS = List.of("__UNIVERSAL_DATA_FOR_REHYDRATION__", "SIGI_STATE", "__NEXT_DATA__");

    private final WebClient client;
    private final URL url;

    HtmlUnitDom() {
        client = new WebClient(BrowserVersion.CHROME);
        WebClientOptions options = client.getOptions();
        options.setJavaScriptEnabled(false);
        options.setCssEnabled(false);
        options.setDownloadImages(false);
        client.setWebConnection(new NoNetwork());
        try {
            url = URI.create("https://www.tiktok.com/").toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the DOM of {@code html}; returns the length of its data script's text (0 when none). */
    int build(String html) {
        WebResponse response = new StringWebResponse(html, url);
        try {
            return dataScriptLength((HtmlPage) client.loadWebResponseInto(response, client.getCurrentWindow()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int dataScriptLength(HtmlPage page) {
        for (String id : DATA_SCRIPT_IDS) {
            DomElement script = page.getElementById(id);
            if (script != null) {
                return script.getTextContent().length();
            }
        }
        return 0;
    }

    @Override
    public void close() {
        client.close();
    }

    /** A page parsed from memory has no business on the network. */
    private static final class NoNetwork implements WebConnection {

        @Override
        public WebResponse getResponse(WebRequest request) throws IOException {
            throw new IOException("P1 parses from memory; no request to " + request.getUrl());
        }

        @Override
        public void close() {
        }
    }
}
