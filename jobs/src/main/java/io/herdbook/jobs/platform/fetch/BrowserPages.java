package io.herdbook.jobs.platform.fetch;

import io.herdbook.jobs.platform.RawResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.htmlunit.Page;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;

/**
 * Turns the page a browser window shows into a {@link RawResponse}.
 *
 * <p>The body is the text the server sent when that is what the parser needs: for any non-HTML answer
 * (JSON, text), when scripts did not run, when it is empty, and whenever it carries the {@value
 * #DATA_SCRIPT_ID} data script. That script's JSON is the page's data, and the served text is the only
 * copy guaranteed byte-exact: re-serialising the DOM re-indents it and may wrap script text in CDATA
 * markers. Only for an HTML page without that script, where the data may exist only in what scripts
 * wrote, is the body the DOM serialised after the scripts ran.
 */
final class BrowserPages {

    /** The id of the script element whose JSON carries a server-rendered page's data. */
    static final String DATA_SCRIPT_ID = "__UNIVERSAL_DATA_FOR_REHYDRATION__";

    private BrowserPages() {
    }

    static RawResponse toResponse(Page page, boolean scriptsRan) {
        WebResponse served = page.getWebResponse();
        String body = served.getContentAsString();
        return new RawResponse(served.getStatusCode(), headers(served), chooseBody(page, body, scriptsRan));
    }

    private static String chooseBody(Page page, String served, boolean scriptsRan) {
        boolean domMayHoldMore = scriptsRan && page instanceof HtmlPage
                && served != null && !served.isBlank() && !served.contains(DATA_SCRIPT_ID);
        return domMayHoldMore ? ((HtmlPage) page).asXml() : served;
    }

    private static Map<String, List<String>> headers(WebResponse served) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (NameValuePair header : served.getResponseHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        return headers;
    }
}
