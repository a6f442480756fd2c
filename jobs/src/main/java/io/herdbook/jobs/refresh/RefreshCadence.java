package io.herdbook.jobs.refresh;

import io.herdbook.jobs.platform.PostKind;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often stats-refresh fetches a post, by its kind and its age at the run's slot ({@code herdbook.refresh.cadence.*}):
 * a ladder of rungs per kind, each "posts younger than {@code max-age} are fetched every {@code interval}", the last
 * rung without a {@code max-age} (everything older). Young posts move fast and are what goals and payouts measure, so
 * they are fetched often; old posts barely move. Photo posts have a cheaper ladder of their own.
 *
 * <pre>
 * herdbook.refresh.cadence.video[0].max-age=1d
 * herdbook.refresh.cadence.video[0].interval=30m
 * herdbook.refresh.cadence.video[1].interval=3d
 * </pre>
 *
 * Invalid ladders (ages not strictly ascending, a non-positive interval, a last rung with an age or an earlier one
 * without) fail at start-up.
 *
 * @param video the ladder of video posts; default {@code <1d: 30m, <7d: 2h, <30d: 12h, older: 3d}
 * @param photo the ladder of photo posts; default {@code <1d: 1h, <7d: 6h, <30d: 1d, older: 7d}
 */
@ConfigurationProperties("herdbook.refresh.cadence")
public record RefreshCadence(List<Rung> video, List<Rung> photo) {

    /** The default video ladder. */
    static final List<Rung> VIDEO = List.of(
            new Rung(Duration.ofDays(1), Duration.ofMinutes(30)),
            new Rung(Duration.ofDays(7), Duration.ofHours(2)),
            new Rung(Duration.ofDays(30), Duration.ofHours(12)),
            new Rung(null, Duration.ofDays(3)));

    /** The default photo ladder. */
    static final List<Rung> PHOTO = List.of(
            new Rung(Duration.ofDays(1), Duration.ofHours(1)),
            new Rung(Duration.ofDays(7), Duration.ofHours(6)),
            new Rung(Duration.ofDays(30), Duration.ofDays(1)),
            new Rung(null, Duration.ofDays(7)));

    /** The defaults of both kinds. */
    public static final RefreshCadence DEFAULTS = new RefreshCadence(null, null);

    /**
     * One rung of a ladder.
     *
     * @param maxAge   posts younger than this (at the slot) are on this rung, unless a lower rung took them; null on the last rung
     * @param interval how long after the post's last refresh attempt it is due again
     */
    public record Rung(Duration maxAge, Duration interval) {
    }

    public RefreshCadence {
        video = video == null || video.isEmpty() ? VIDEO : List.copyOf(video);
        photo = photo == null || photo.isEmpty() ? PHOTO : List.copyOf(photo);
        validate(video, "herdbook.refresh.cadence.video");
        validate(photo, "herdbook.refresh.cadence.photo");
    }

    /** The ladder of a kind. */
    public List<Rung> of(PostKind kind) {
        return switch (kind) {
            case VIDEO -> video;
            case PHOTO -> photo;
        };
    }

    private static void validate(List<Rung> ladder, String name) {
        Duration previous = Duration.ZERO;
        for (int i = 0; i < ladder.size(); i++) {
            Rung rung = ladder.get(i);
            String at = name + "[" + i + "]";
            if (rung.interval() == null || rung.interval().isNegative() || rung.interval().isZero()) {
                throw new IllegalArgumentException(at + ".interval must be positive, was " + rung.interval());
            }
            boolean last = i == ladder.size() - 1;
            if (last && rung.maxAge() != null) {
                throw new IllegalArgumentException(at + ".max-age must be absent: the last rung takes every older post");
            }
            if (!last && rung.maxAge() == null) {
                throw new IllegalArgumentException(at + ".max-age is missing: only the last rung takes every older post");
            }
            if (!last && rung.maxAge().compareTo(previous) <= 0) {
                throw new IllegalArgumentException(at + ".max-age must be greater than the rung before's (" + previous + "), was "
                        + rung.maxAge());
            }
            previous = last ? previous : rung.maxAge();
        }
    }
}
