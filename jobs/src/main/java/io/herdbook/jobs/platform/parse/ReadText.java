package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.Payload;

/**
 * Where the parser found the JSON it read in one answer: the text and the range of it, remembered during the parse
 * and cut out only when asked for ({@link PlatformParser#read}), so that a plain parse copies nothing more than it did.
 * One per parse; not thread-safe.
 */
final class ReadText {

    private Payload.Kind kind;
    private String text;
    private int from;
    private int to;

    /** The JSON read is {@code text} from {@code from} to {@code to}; a later call replaces an earlier one. */
    void found(Payload.Kind kind, String text, int from, int to) {
        this.kind = kind;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    void found(DataScriptLocator.DataScript script) {
        found(kindOf(script.id()), script.text(), script.from(), script.to());
    }

    /** The payload read of {@code body}, or null when the parser read no JSON. */
    Payload payload(String body) {
        return kind == null ? null : new Payload(kind, text.substring(from, to), utf8Length(body));
    }

    /** The data script id a payload kind is read again as (only messages name it). */
    static String scriptId(Payload.Kind kind) {
        return switch (kind) {
            case REHYDRATION_SCRIPT -> DataScriptLocator.REHYDRATION;
            case SIGI_SCRIPT -> DataScriptLocator.SIGI;
            case NEXT_DATA_SCRIPT -> DataScriptLocator.NEXT;
            case API_BODY -> throw new IllegalArgumentException("an API body is no data script");
        };
    }

    private static Payload.Kind kindOf(String scriptId) {
        return switch (scriptId) {
            case DataScriptLocator.REHYDRATION -> Payload.Kind.REHYDRATION_SCRIPT;
            case DataScriptLocator.SIGI, DataScriptLocator.SIGI_PERSISTED -> Payload.Kind.SIGI_SCRIPT;
            case DataScriptLocator.NEXT -> Payload.Kind.NEXT_DATA_SCRIPT;
            default -> throw new IllegalArgumentException("not a data script id: " + scriptId);
        };
    }

    private static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
