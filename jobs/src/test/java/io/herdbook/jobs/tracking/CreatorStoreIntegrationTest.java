package io.herdbook.jobs.tracking;

import static io.herdbook.jobs.testing.TrackingData.aCreator;
import static io.herdbook.jobs.testing.TrackingData.aProfile;
import static io.herdbook.jobs.testing.TrackingData.aProject;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.testing.MigratedDatabase;
import io.herdbook.jobs.testing.TrackingData.ProjectRef;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Creator registration, status changes and profile snapshots on a real PostgreSQL. */
class CreatorStoreIntegrationTest {

    private static final Instant SLOT = Instant.parse("2026-03-10T06:00:00Z");

    private final JdbcTemplate jdbc = MigratedDatabase.named("tracking_stores");
    private final CreatorStore creators = new CreatorStore(jdbc);

    @Test
    void registeringTheSameHandleTwiceYieldsOneCreatorAndTheSameId() {
        ProjectRef project = aProject(jdbc);

        long first = creators.register(project.projectId(), "emthenutritionist");
        long second = creators.register(project.projectId(), "emthenutritionist");

        assertThat(second).isEqualTo(first);
        assertThat(creatorRowsOf(project)).isEqualTo(1);
    }

    @RepeatedTest(10)
    void registeringTheSameHandleFromEightThreadsAtOnceYieldsOneCreatorAndTheSameId() throws Exception {
        ProjectRef project = aProject(jdbc);
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);

        List<Long> ids;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Long>> registrations = IntStream.range(0, threads).mapToObj(i -> pool.submit(() -> {
                // Connect before the barrier, so the eight inserts race each other rather than the connection set-up.
                try (Connection connection = jdbc.getDataSource().getConnection()) {
                    CreatorStore store = new CreatorStore(new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
                    start.await();
                    return store.register(project.projectId(), "dylanlemay");
                }
            })).toList();
            ids = registrations.stream().map(CreatorStoreIntegrationTest::join).toList();
        }

        assertThat(ids).hasSize(threads).containsOnly(ids.getFirst());
        assertThat(creatorRowsOf(project)).isEqualTo(1);
    }

    @Test
    void theSameHandleInAnotherProjectIsAnotherCreator() {
        ProjectRef one = aProject(jdbc);
        ProjectRef other = aProject(jdbc);

        long first = creators.register(one.projectId(), "frys_8");
        long second = creators.register(other.projectId(), "frys_8");

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aStatusChangeNeverOverridesAnOperatorsDisabled() {
        CreatorRef creator = aCreator().status(CreatorStatus.DISABLED).insertInto(jdbc);

        creators.updateStatus(creator, CreatorStatus.ACTIVE);
        creators.updateStatus(creator, CreatorStatus.PRIVATE);
        creators.updateStatus(creator, CreatorStatus.NOT_FOUND);

        assertThat(statusOf(creator)).isEqualTo("DISABLED");
        assertThat(versionOf(creator)).isZero();
    }

    @Test
    void aStatusChangeMovesTheStatusAndTheVersionOnlyWhenTheStatusDiffers() {
        CreatorRef creator = aCreator().insertInto(jdbc);

        creators.updateStatus(creator, CreatorStatus.ACTIVE);
        creators.updateStatus(creator, CreatorStatus.PRIVATE);
        creators.updateStatus(creator, CreatorStatus.PRIVATE);

        assertThat(statusOf(creator)).isEqualTo("PRIVATE");
        assertThat(versionOf(creator)).isEqualTo(1);
    }

    @Test
    void savingAProfileTwiceInOneSlotKeepsOneSnapshotWithTheFirstCounts() {
        CreatorRef creator = aCreator().insertInto(jdbc);

        creators.saveProfile(creator, aProfile().followers(1_200_000L).build(), SLOT, SLOT.plusSeconds(5));
        creators.saveProfile(creator, aProfile().followers(1_300_000L).build(), SLOT, SLOT.plusSeconds(65));

        assertThat(jdbc.queryForList("SELECT followers FROM creator_snapshots WHERE creator_id = ?", Long.class, creator.id()))
                .containsExactly(1_200_000L);
    }

    @Test
    void aProfileInTheNextSlotIsANewSnapshot() {
        CreatorRef creator = aCreator().insertInto(jdbc);

        creators.saveProfile(creator, aProfile().build(), SLOT, SLOT);
        creators.saveProfile(creator, aProfile().build(), SLOT.plusSeconds(3600), SLOT.plusSeconds(3600));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM creator_snapshots WHERE creator_id = ?", Long.class, creator.id()))
                .isEqualTo(2);
    }

    @Test
    void aProfileWithoutCountsIsSnapshottedWithNullsNotZeros() {
        CreatorRef creator = aCreator().insertInto(jdbc);

        creators.saveProfile(creator, aProfile().followers(null).likesReceived(null).postCount(null).build(), SLOT, SLOT);

        assertThat(jdbc.queryForMap("SELECT followers, likes_received, post_count FROM creator_snapshots WHERE creator_id = ?",
                creator.id())).containsEntry("followers", null).containsEntry("likes_received", null).containsEntry("post_count", null);
    }

    @Test
    void aProfileWithoutASecUidKeepsTheOneAlreadyKnown() {
        CreatorRef creator = aCreator().secUid("MS4wLjABAAAA-known").insertInto(jdbc);

        creators.saveProfile(creator, aProfile().secUid(null).build(), SLOT, SLOT);

        assertThat(jdbc.queryForObject("SELECT sec_uid FROM creators WHERE id = ?", String.class, creator.id()))
                .isEqualTo("MS4wLjABAAAA-known");
    }

    private long creatorRowsOf(ProjectRef project) {
        return jdbc.queryForObject("SELECT count(*) FROM creators WHERE project_id = ?", Long.class, project.projectId());
    }

    private String statusOf(CreatorRef creator) {
        return jdbc.queryForObject("SELECT status FROM creators WHERE id = ?", String.class, creator.id());
    }

    private long versionOf(CreatorRef creator) {
        return jdbc.queryForObject("SELECT version FROM creators WHERE id = ?", Long.class, creator.id());
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError("a concurrent registration failed", e);
        }
    }
}
