package io.herdbook.jobs.platform.fetch;

import java.net.MalformedURLException;
import java.net.URL;
import org.htmlunit.ScriptException;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.JavaScriptErrorListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the platform's own script failures at DEBUG. A page's analytics and SDK scripts failing to load
 * or run (no route to their CDN, an API HtmlUnit lacks) is normal and says nothing about the data the
 * page carries; HtmlUnit's default listener would log each one as an ERROR.
 */
final class PageScriptErrors implements JavaScriptErrorListener {

    private static final Logger log = LoggerFactory.getLogger(PageScriptErrors.class);

    @Override
    public void scriptException(HtmlPage page, ScriptException e) {
        log.debug("script error on {}: {}", page.getUrl(), e.getMessage());
    }

    @Override
    public void timeoutError(HtmlPage page, long allowed, long taken) {
        log.debug("script timeout on {} after {} ms (allowed {})", page.getUrl(), taken, allowed);
    }

    @Override
    public void malformedScriptURL(HtmlPage page, String url, MalformedURLException e) {
        log.debug("malformed script URL {} on {}", url, page.getUrl());
    }

    @Override
    public void loadScriptError(HtmlPage page, URL scriptUrl, Exception e) {
        log.debug("script {} on {} did not load: {}", scriptUrl, page.getUrl(), e.toString());
    }

    @Override
    public void warn(String message, String sourceName, int line, String lineSource, int lineOffset) {
        log.debug("script warning {} at {}:{}", message, sourceName, line);
    }
}
