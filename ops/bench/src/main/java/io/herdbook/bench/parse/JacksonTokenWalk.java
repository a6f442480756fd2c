package io.herdbook.bench.parse;

import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The P1 baseline: a bare Jackson streaming pass over JSON already cut out of the page. It visits every token
 * and pulls the value of every {@code id} and stats field it meets, so it does the reading a hand-written
 * extractor must, but binds nothing: no tree, no records, no validation, no decisions.
 */
final class JacksonTokenWalk {

    private static final Set<String> STATS = Set.of("playCount", "diggCount", "commentCount", "shareCount", "collectCount");

    private final JsonFactory factory = new JsonFactory();

    /** A checksum of the ids and stats found, plus the token count, so the walk cannot be optimised away. */
    long walk(String json) {
        long sum = 0;
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
            JsonToken previous = null;
            for (JsonToken token = parser.nextToken(); token != null; previous = token, token = parser.nextToken()) {
                sum++;
                if (previous == JsonToken.PROPERTY_NAME && token.isScalarValue()) {
                    sum += pulled(parser);
                }
            }
        }
        return sum;
    }

    private static long pulled(JsonParser parser) {
        String name = parser.currentName();
        if ("id".equals(name)) {
            return parser.getString().hashCode();
        }
        return STATS.contains(name) ? parser.getValueAsLong() : 0;
    }
}
