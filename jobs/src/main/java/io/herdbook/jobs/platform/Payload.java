package io.herdbook.jobs.platform;

import java.util.Objects;

/**
 * What the parser read of an answer: a page's data script (its JSON, without the tag around it) or a JSON body,
 * exactly as served. Kept in the raw archive so that a fixed parser can read it again without fetching.
 *
 * @param kind          where the text came from, which says how to read it again
 * @param text          the JSON text the parser read
 * @param responseBytes the UTF-8 length of the whole answer body the text was cut from
 */
public record Payload(Kind kind, String text, int responseBytes) {

    /** Where a payload came from. Stored as text in {@code raw_payloads.payload_kind}; renaming one needs a migration. */
    public enum Kind {
        /** A 2024+ page's {@code __UNIVERSAL_DATA_FOR_REHYDRATION__} script. */
        REHYDRATION_SCRIPT,
        /** A 2022-2023 page's {@code SIGI_STATE} script (or the object of its {@code sigi-persisted-data} assignment). */
        SIGI_SCRIPT,
        /** A 2020-2021 page's {@code __NEXT_DATA__} script. */
        NEXT_DATA_SCRIPT,
        /** A web API (or provider) JSON body. */
        API_BODY
    }

    public Payload {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
