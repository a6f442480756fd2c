package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.NoData;
import io.herdbook.jobs.platform.Payload;
import io.herdbook.jobs.platform.RawResponse;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns any captured page or API body of the platform into a typed {@link ParsedPage}. Thread-safe.
 *
 * <p>Order of decisions: the HTTP status (a block, a wall, a 404 or a 5xx never reaches a reader),
 * then the body format (JSON, a page with a data script, a recorded-responses module), then the
 * scope's own {@code statusCode}, then the data. A page without a data script is never zero stats:
 * {@link ShellPages} tells a cut-off page ({@link Outcome#UNREADABLE}) from a challenge or small shell
 * ({@link Outcome#BLOCKED}) and a client-rendered page ({@link Outcome#SHELL}); a data script without a
 * detail scope is a {@link Outcome#SHELL}. A body in no format we know is {@link Outcome#UNREADABLE}.
 * Never throws for any input text.
 */
public final class PlatformParser {

    private static final Pattern HTML = Pattern.compile("<(?:!doctype|html|head|body|script|div|meta|title|p|a)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A parsed answer and what the parser read of it.
     *
     * @param payload the data script or JSON body the page was read from, whatever became of it (a data script without
     *                a detail scope, a reader that failed on it); null when the parser read no JSON at all (an HTTP
     *                refusal, a page without a data script, an empty body)
     */
    public record Reading(ParsedPage page, Payload payload) {
    }

    /** Parses an HTTP answer (status, headers, body) as a fetcher received it. */
    public ParsedPage parse(RawResponse response) {
        return parse(response, new ReadText());
    }

    /**
     * Parses an HTTP answer as {@link #parse(RawResponse)} does and also hands back the text it read, for the raw
     * archive. The text is cut out of the page once, after the parse; nothing is parsed twice.
     */
    public Reading read(RawResponse response) {
        ReadText read = new ReadText();
        ParsedPage page = parse(response, read);
        return new Reading(page, read.payload(response.body()));
    }

    /**
     * Reads an archived payload again, as {@link #parse(RawResponse)} read it inside its answer: a data script as the
     * page's only data script, an API body as the body. Never throws for any text.
     */
    public ParsedPage reread(Payload payload) {
        try {
            if (payload.kind() == Payload.Kind.API_BODY) {
                JsonNode json = Json.parse(payload.text(), "body");
                return ApiBodyReader.read(json).orElseGet(() -> unknownJson(json));
            }
            String id = ReadText.scriptId(payload.kind());
            var script = new DataScriptLocator.DataScript(id, payload.text(), 0, payload.text().length(), true);
            return ApiBodyReader.read(DataScriptJson.parse(script))
                    .orElseGet(() -> new NoData(Outcome.SHELL, "data script " + id + " without a detail scope"));
        } catch (UnreadableException e) {
            return new NoData(Outcome.UNREADABLE, e.getMessage());
        } catch (RuntimeException e) {
            return new NoData(Outcome.UNREADABLE, "parser error " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private ParsedPage parse(RawResponse response, ReadText read) {
        Optional<NoData> http = HttpOutcomes.classify(response);
        if (http.isPresent()) {
            return http.get();
        }
        try {
            return body(response.body(), read);
        } catch (UnreadableException e) {
            return new NoData(Outcome.UNREADABLE, e.getMessage());
        } catch (RuntimeException e) {
            // A reader bug must not stop a batch; the reason names it so the fixture can be pinned.
            return new NoData(Outcome.UNREADABLE, "parser error " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * Where a redirect answer points when it is an ordinary one (a moved handle, a canonical URL) rather
     * than a login or region wall, which are answers in their own right; empty for anything else.
     */
    public Optional<String> redirectToFollow(RawResponse response) {
        return HttpOutcomes.ordinaryRedirect(response);
    }

    /**
     * Parses the text of a saved file: a page saved from a browser, an API body, or a {@code curl -i}
     * capture whose HTTP status lines and headers precede the body (the last status block is the real one).
     */
    public ParsedPage parseCapture(String fileText) {
        if (BodyText.isBlank(fileText)) {
            // A saved file with nothing in it records no answer at all, unlike an empty HTTP 200 body.
            return new NoData(Outcome.UNREADABLE, "empty file");
        }
        return parse(CaptureSplitter.split(fileText));
    }

    private ParsedPage body(String raw, ReadText read) {
        String body = BodyText.clean(raw);
        if (body.isEmpty()) {
            // The web API answers 200 with an empty body when it refuses an unsigned or flagged request.
            return new NoData(Outcome.BLOCKED, "empty body");
        }
        if (body.startsWith("<") && HTML.matcher(body).find()) {
            // A page, read as it came: trimming it would copy 400 KB, and asking the module test first would scan
            // all of it for an export line and could take the page's own inline script for a module.
            return page(body, read);
        }
        // Anything else is read without its trailing whitespace, as it always was: JSON refuses characters that
        // Java counts as whitespace (a form feed, U+2028), and such bodies are small.
        String content = body.substring(0, BodyText.contentEnd(body));
        if (content.startsWith("{") || content.startsWith("[")) {
            read.found(Payload.Kind.API_BODY, content, 0, content.length());
            JsonNode json = Json.parse(content, "body");
            return ApiBodyReader.read(json).orElseGet(() -> unknownJson(json));
        }
        if (LiteralBundleReader.accepts(content)) {
            return LiteralBundleReader.read(content)
                    .orElseGet(() -> new NoData(Outcome.UNREADABLE, "script module with no response we know"));
        }
        if (HTML.matcher(content).find()) {
            return page(content, read);
        }
        return new NoData(Outcome.UNREADABLE, "neither HTML nor JSON (" + content.length() + " chars)");
    }

    private ParsedPage page(String html, ReadText read) {
        var scripts = DataScriptLocator.locate(html);
        for (var script : scripts) {
            read.found(script);
            Optional<ParsedPage> page = ApiBodyReader.read(json(script, html));
            if (page.isPresent()) {
                return page.get();
            }
        }
        if (!scripts.isEmpty()) {
            read.found(scripts.get(0));
            return new NoData(Outcome.SHELL, "data script " + scripts.get(0).id() + " without a detail scope");
        }
        return ShellPages.classify(html);
    }

    /** The script's JSON; one that does not parse on a page cut inside it is reported as a truncated page. */
    private static JsonNode json(DataScriptLocator.DataScript script, String html) {
        try {
            return DataScriptJson.parse(script);
        } catch (UnreadableException e) {
            throw CutOffPages.reason(script, html, ShellPages.utf8Length(html)).map(UnreadableException::new).orElse(e);
        }
    }

    private static ParsedPage unknownJson(JsonNode json) {
        String keys = json.isObject() ? String.join(",", json.propertyNames()) : "array";
        return new NoData(Outcome.UNREADABLE, "json of unknown shape (" + (keys.length() > 120 ? keys.substring(0, 120) + "…" : keys) + ")");
    }
}
