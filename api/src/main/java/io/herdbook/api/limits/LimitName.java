package io.herdbook.api.limits;

import java.util.Locale;
import java.util.Optional;

/** What a plan limits. Its word is what {@code limit_overrides.limit_name}, the API and its problems use. */
public enum LimitName {
    /** Creators of the organisation that are not removed (auto-disabled ones still count: they wait for a fix). */
    CREATORS(false),
    /** Posts the organisation tracks. Reported by the usage endpoint; discovery does not enforce it yet. */
    TRACKED_VIDEOS(false),
    PROJECTS(false),
    /** Authenticated requests under {@code /api/v1}, per UTC day. */
    API_REQUESTS_PER_DAY(true),
    /** Profile fetches asked for by hand ({@code POST /api/v1/creators/{id}/refresh}), per UTC day. */
    MANUAL_REFRESHES_PER_DAY(true),
    /** Organisations a person may belong to; the only limit an override may set per person. */
    ORGANISATIONS_PER_USER(false);

    private final boolean perDay;

    LimitName(boolean perDay) {
        this.perDay = perDay;
    }

    /** A rate counted per UTC day (429 when reached) rather than a plan's capacity (402). */
    public boolean perDay() {
        return perDay;
    }

    /** Set per person rather than per organisation. */
    public boolean perUser() {
        return this == ORGANISATIONS_PER_USER;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LimitName> ofWord(String word) {
        for (LimitName name : values()) {
            if (name.word().equals(word)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
