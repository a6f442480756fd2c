package io.herdbook.jobs.discovery;

import io.herdbook.jobs.JobsProperties;
import io.herdbook.jobs.archive.RawArchiveStore;
import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.source.PlatformSource;
import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.FetchAttemptStore;
import io.herdbook.jobs.tracking.PostStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discovery of one creator outside a run, as the job does it for each of its creators (profile, then new posts until
 * the first known one), for on-demand work such as the fresh profile fetch after a rename. Its writes are keyed by
 * the slot the caller gives, as the job's are, so a retry of the same request writes nothing twice. The failure
 * accounting judges whole discovery slots only, so this fetch neither counts nor resets a failure streak.
 */
@Service
public class SingleCreatorDiscovery {

    private final JdbcTemplate jdbc;
    private final PlatformSource source;
    private final PostStore posts;
    private final CreatorStore creators;
    private final FetchAttemptStore attempts;
    private final RawArchiveStore archive;
    private final JobsProperties properties;
    private final Clock clock;

    public SingleCreatorDiscovery(JdbcTemplate jdbc, PlatformSource source, PostStore posts, CreatorStore creators,
                                  FetchAttemptStore attempts, RawArchiveStore archive, JobsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.source = source;
        this.posts = posts;
        this.creators = creators;
        this.attempts = attempts;
        this.archive = archive;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Discovers the organisation's creator now, observed as of {@code slot}.
     *
     * @return how its profile fetch ended, or empty when the organisation has no such creator
     */
    @Transactional
    public Optional<Outcome> discover(long organisationId, long creatorId, Instant slot) {
        Optional<CreatorRef> creator = jdbc.query("SELECT " + CreatorRef.COLUMNS + " FROM creators WHERE organisation_id = ? AND id = ?",
                CreatorRef.ROWS, organisationId, creatorId).stream().findFirst();
        if (creator.isEmpty()) {
            return Optional.empty();
        }
        DiscoveryResult result = new CreatorDiscovery(source, posts, properties.discovery(), clock, slot).process(creator.get());
        new DiscoveryWriter(creators, posts, attempts, archive, clock, slot).write(Chunk.of(result));
        return Optional.of(result.profileOutcome());
    }
}
