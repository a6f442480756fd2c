package io.herdbook.jobs.platform.parse;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a page's data script as {@link Json#parse} does, but leaves out of the tree the members no reader looks
 * at, which are most of the script: the SIGI state's {@link SigiReader#TRANSLATIONS} (370 of the 412 KB of a 2022
 * post page) and every member of the rehydration {@link RehydrationReader#SCOPES} but the
 * {@link RehydrationReader#DETAIL_SCOPES} (translations, app and business context: 85-99 % of a 2024+ page).
 *
 * <p>What is left out is still read token by token and skipped by Jackson, so a script that is not valid JSON
 * anywhere is still refused. Any text this reading does not expect (a root that is not an object, content after
 * it, a syntax error) is parsed again by {@link Json#parse}, whose tree or error is then the answer, so a caller
 * can tell no difference but the time taken.
 */
final class DataScriptJson {

    private DataScriptJson() {
    }

    /** The script's JSON without its unread members; throws {@link UnreadableException} when it is not JSON. */
    static JsonNode parse(DataScriptLocator.DataScript script) {
        char[] json = script.copyJson();
        try (JsonParser parser = Json.strict().createParser(json, 0, json.length)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                ObjectNode root = root(parser);
                if (parser.nextToken() == null) {
                    return root;
                }
            }
        } catch (JacksonException e) {
            // Not swallowed: the whole parse below meets the same error and reports it in Json.parse's words.
        }
        return Json.parse(new String(json), script.id());
    }

    private static ObjectNode root(JsonParser parser) {
        ObjectNode root = Json.strict().createObjectNode();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            if (name.equals(SigiReader.TRANSLATIONS)) {
                parser.skipChildren();
            } else if (name.equals(RehydrationReader.SCOPES) && value == JsonToken.START_OBJECT) {
                root.set(name, detailScopes(parser));
            } else {
                root.set(name, parser.readValueAsTree());
            }
        }
        return root;
    }

    private static ObjectNode detailScopes(JsonParser parser) {
        ObjectNode scopes = Json.strict().createObjectNode();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            parser.nextToken();
            if (RehydrationReader.DETAIL_SCOPES.contains(name)) {
                scopes.set(name, parser.readValueAsTree());
            } else {
                parser.skipChildren();
            }
        }
        return scopes;
    }
}
