package io.herdbook.api.limits;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The plan tiers and their figures (the README's table says the same). Starter is about ten times Free; Ultra is
 * meant never to be reached by honest use and exists so that a runaway client is still stopped.
 */
public enum Plan {
    FREE(10, 100, 1, 5_000, 20, 1),
    STARTER(100, 1_000, 10, 50_000, 200, 3),
    ULTRA(10_000, 1_000_000, 1_000, 5_000_000, 10_000, 25);

    private final Map<LimitName, Long> figures = new EnumMap<>(LimitName.class);

    Plan(long creators, long trackedVideos, long projects, long apiRequestsPerDay, long manualRefreshesPerDay, long organisationsPerUser) {
        figures.put(LimitName.CREATORS, creators);
        figures.put(LimitName.TRACKED_VIDEOS, trackedVideos);
        figures.put(LimitName.PROJECTS, projects);
        figures.put(LimitName.API_REQUESTS_PER_DAY, apiRequestsPerDay);
        figures.put(LimitName.MANUAL_REFRESHES_PER_DAY, manualRefreshesPerDay);
        figures.put(LimitName.ORGANISATIONS_PER_USER, organisationsPerUser);
    }

    /** The tier's figure for a limit, before any override. */
    public long figure(LimitName name) {
        return figures.get(name);
    }

    /** The word in {@code organisations.plan} and the API: free, starter, ultra. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Plan> ofWord(String word) {
        for (Plan plan : values()) {
            if (plan.word().equals(word)) {
                return Optional.of(plan);
            }
        }
        return Optional.empty();
    }
}
