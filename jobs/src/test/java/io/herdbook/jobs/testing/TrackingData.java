package io.herdbook.jobs.testing;

import io.herdbook.jobs.platform.CreatorProfile;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.platform.PostStats;
import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.CreatorStatus;
import io.herdbook.jobs.tracking.Sql;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test-data builders for the tracking tables and the platform model: {@code aProject()},
 * {@code aCreator()}, {@code aPost(id)}, {@code aProfile()}. Every inserted project gets an
 * organisation of its own, so tests sharing a database never see each other's rows.
 */
public final class TrackingData {

    private static final AtomicLong UNIQUE = new AtomicLong();

    private TrackingData() {
    }

    /** An organisation and one project in it. */
    public record ProjectRef(long organisationId, long projectId) {
    }

    public static ProjectRef aProject(JdbcTemplate jdbc) {
        String slug = "org-" + UNIQUE.incrementAndGet();
        long organisation = jdbc.queryForObject("INSERT INTO organisations (slug, name) VALUES (?, ?) RETURNING id",
                Long.class, slug, "Organisation " + slug);
        long project = jdbc.queryForObject("INSERT INTO projects (organisation_id, slug, name) VALUES (?, 'main', 'Main') RETURNING id",
                Long.class, organisation);
        return new ProjectRef(organisation, project);
    }

    public static CreatorBuilder aCreator() {
        return new CreatorBuilder();
    }

    public static PostBuilder aPost(String platformPostId) {
        return new PostBuilder(platformPostId);
    }

    public static ProfileBuilder aProfile() {
        return new ProfileBuilder();
    }

    /** Ordinary exact counts, saves included. */
    public static PostStats someStats() {
        return new PostStats(1_000, 100, 10, 5, 2L, true);
    }

    /** A creator, inserted with an organisation and a project of its own. */
    public static final class CreatorBuilder {
        private String handle = "creator" + UNIQUE.incrementAndGet();
        private String secUid;
        private Instant trackingStart = Instant.EPOCH;
        private CreatorStatus status = CreatorStatus.ACTIVE;

        public CreatorBuilder handle(String value) {
            handle = value;
            return this;
        }

        public CreatorBuilder secUid(String value) {
            secUid = value;
            return this;
        }

        public CreatorBuilder trackingStart(Instant value) {
            trackingStart = value;
            return this;
        }

        public CreatorBuilder status(CreatorStatus value) {
            status = value;
            return this;
        }

        public CreatorRef insertInto(JdbcTemplate jdbc) {
            ProjectRef project = aProject(jdbc);
            long id = jdbc.queryForObject("""
                    INSERT INTO creators (organisation_id, project_id, handle, sec_uid, status, tracking_start)
                    VALUES (?, ?, ?, ?, ?, ?) RETURNING id
                    """, Long.class, project.organisationId(), project.projectId(), handle, secUid, status.name(), Sql.utc(trackingStart));
            return new CreatorRef(id, project.organisationId(), handle, secUid, trackingStart);
        }
    }

    /** A platform post: a video posted 2026-03-01T12:00Z, not pinned, with {@link #someStats()}. */
    public static final class PostBuilder {
        private final String id;
        private PostKind kind = PostKind.VIDEO;
        private Instant postedAt = Instant.parse("2026-03-01T12:00:00Z");
        private PostStats stats = someStats();
        private boolean pinned;
        private String caption;
        private boolean approximateTime;
        private String cover;

        private PostBuilder(String id) {
            this.id = id;
        }

        public PostBuilder postedAt(Instant value) {
            postedAt = value;
            return this;
        }

        public PostBuilder postedAt(String isoInstant) {
            return postedAt(Instant.parse(isoInstant));
        }

        public PostBuilder photo() {
            kind = PostKind.PHOTO;
            return this;
        }

        public PostBuilder pinned() {
            pinned = true;
            return this;
        }

        public PostBuilder stats(PostStats value) {
            stats = value;
            return this;
        }

        public PostBuilder withoutStats() {
            return stats(null);
        }

        /** The caption; default {@code "caption of <id>"}. */
        public PostBuilder caption(String value) {
            caption = value;
            return this;
        }

        /** Posted at the given time as an approximate one (the id's time), as a source without createTime gives it. */
        public PostBuilder approximateTime() {
            approximateTime = true;
            return this;
        }

        /** The cover URL; default none. */
        public PostBuilder cover(String value) {
            cover = value;
            return this;
        }

        public PostData build() {
            return new PostData(id, kind, kind == PostKind.PHOTO ? 3 : 0,
                    "https://www.tiktok.com/@someone/" + kind.pathSegment() + "/" + id, "someone",
                    caption == null ? "caption of " + id : caption, postedAt, approximateTime, stats, pinned, cover);
        }
    }

    /** A public profile with exact counts and a secUid, 21 posts. */
    public static final class ProfileBuilder {
        private String handle = "someone";
        private String secUid = "MS4wLjABAAAA-sec";
        private Long followers = 1_200_000L;
        private Long likesReceived = 37_200_000L;
        private Long postCount = 21L;
        private boolean privateAccount;

        public ProfileBuilder handle(String value) {
            handle = value;
            return this;
        }

        public ProfileBuilder secUid(String value) {
            secUid = value;
            return this;
        }

        public ProfileBuilder followers(Long value) {
            followers = value;
            return this;
        }

        public ProfileBuilder likesReceived(Long value) {
            likesReceived = value;
            return this;
        }

        public ProfileBuilder postCount(Long value) {
            postCount = value;
            return this;
        }

        public ProfileBuilder privateAccount() {
            privateAccount = true;
            return this;
        }

        public CreatorProfile build() {
            return new CreatorProfile(handle, "6817421842291328001", secUid, "Someone", followers, 5L, likesReceived,
                    postCount, privateAccount, true);
        }
    }
}
