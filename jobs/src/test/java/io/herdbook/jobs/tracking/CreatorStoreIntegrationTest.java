package io.herdbook.jobs.tracking;

import static io.herdbook.jobs.testing.TrackingData.aCreator;
import static io.herdbook.jobs.testing.TrackingData.aProfile;
import static io.herdbook.jobs.testing.TrackingData.aProject;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.testing.MigratedDatabase;
import io.herdbook.jobs.testing.TrackingData.ProjectRef;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Map;
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
    private final Clock clock = Clock.fixed(SLOT.plusSeconds(30), ZoneOffset.UTC);
    private final CreatorStore creators = new CreatorStore(jdbc, clock);

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
                    CreatorStore store = new CreatorStore(new JdbcTemplate(new SingleConnectionDataSource(connection, true)), clock);
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

        creators.updateStatus(creator, CreatorStatus.ACTIVE, SLOT, "discovery");
        creators.updateStatus(creator, CreatorStatus.PRIVATE, SLOT, "discovery");
        creators.updateStatus(creator, CreatorStatus.NOT_FOUND, SLOT, "discovery");

        assertThat(statusOf(creator)).isEqualTo("DISABLED");
        assertThat(versionOf(creator)).isZero();
    }

    @Test
    void aStatusChangeMovesTheStatusAndTheVersionOnlyWhenTheStatusDiffers() {
        CreatorRef creator = aCreator().insertInto(jdbc);

        creators.updateStatus(creator, CreatorStatus.ACTIVE, SLOT, "discovery");
        creators.updateStatus(creator, CreatorStatus.PRIVATE, SLOT, "discovery");
        creators.updateStatus(creator, CreatorStatus.PRIVATE, SLOT, "discovery");

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

    // ---- the creator's history (issue 4, item 6)

    private List<Map<String, Object>> eventsOf(long creatorId) {
        return jdbc.queryForList("SELECT kind, detail::text AS detail, actor FROM creator_events WHERE creator_id = ? ORDER BY id",
                creatorId);
    }

    @Test
    void aStatusChangeIsOneEventOfItsSlotHoweverOftenTheChunkIsRetried() {
        CreatorRef creator = aCreator().insertInto(jdbc);

        creators.updateStatus(creator, CreatorStatus.NOT_FOUND, SLOT, "discovery");
        jdbc.update("UPDATE creators SET status = 'ACTIVE' WHERE id = ?", creator.id());
        creators.updateStatus(creator, CreatorStatus.NOT_FOUND, SLOT, "discovery");

        assertThat(eventsOf(creator.id())).containsExactly(Map.of("kind", "STATUS_CHANGED",
                "detail", "{\"to\": \"NOT_FOUND\", \"from\": \"ACTIVE\"}", "actor", "discovery"));
        assertThat(jdbc.queryForObject("SELECT slot FROM creator_events WHERE creator_id = ?", java.time.OffsetDateTime.class, creator.id())
                .toInstant()).isEqualTo(SLOT);
    }

    @Test
    void reAddingANotFoundCreatorsHandleReactivatesTheSameRecordWithAnEvent() {
        ProjectRef project = aProject(jdbc);
        long id = creators.register(project.projectId(), "gone_for_a_while");
        jdbc.update("UPDATE creators SET status = 'NOT_FOUND', consecutive_failures = 3 WHERE id = ?", id);

        CreatorStore.Registration again = creators.registerOrReactivate(project.projectId(), "gone_for_a_while", "cli");

        assertThat(again).isEqualTo(new CreatorStore.Registration(id, Optional.of(CreatorStatus.NOT_FOUND), Optional.empty()));
        assertThat(jdbc.queryForMap("SELECT status, consecutive_failures FROM creators WHERE id = ?", id))
                .isEqualTo(Map.of("status", "ACTIVE", "consecutive_failures", 0));
        assertThat(creatorRowsOf(project)).isEqualTo(1);
        assertThat(eventsOf(id)).containsExactly(Map.of("kind", "REACTIVATED", "detail", "{\"from\": \"NOT_FOUND\"}", "actor", "cli"));
    }

    @Test
    void reAddingACreatorAutoDisabledAsDeletedReactivatesItButOneDisabledAsUnreachableStaysDisabled() {
        ProjectRef project = aProject(jdbc);
        long deleted = creators.register(project.projectId(), "deleted_one");
        long unreachable = creators.register(project.projectId(), "unreachable_one");
        jdbc.update("UPDATE creators SET status = 'DISABLED', disabled_reason = 'ACCOUNT_DELETED', disabled_at = now() WHERE id = ?", deleted);
        jdbc.update("UPDATE creators SET status = 'DISABLED', disabled_reason = 'UNREACHABLE', disabled_at = now() WHERE id = ?", unreachable);

        CreatorStore.Registration first = creators.registerOrReactivate(project.projectId(), "deleted_one", "cli");
        CreatorStore.Registration second = creators.registerOrReactivate(project.projectId(), "unreachable_one", "cli");

        assertThat(first).isEqualTo(new CreatorStore.Registration(deleted, Optional.of(CreatorStatus.DISABLED), Optional.empty()));
        assertThat(second).isEqualTo(new CreatorStore.Registration(unreachable, Optional.empty(), Optional.of("UNREACHABLE")));
        assertThat(jdbc.queryForList("SELECT status || '/' || coalesce(disabled_reason, '-') FROM creators WHERE id IN (?, ?) ORDER BY id",
                String.class, deleted, unreachable)).containsExactly("ACTIVE/-", "DISABLED/UNREACHABLE");
        assertThat(eventsOf(deleted)).containsExactly(Map.of("kind", "REACTIVATED",
                "detail", "{\"from\": \"DISABLED\", \"disabled_reason\": \"ACCOUNT_DELETED\"}", "actor", "cli"));
        assertThat(eventsOf(unreachable)).isEmpty();
    }
}
