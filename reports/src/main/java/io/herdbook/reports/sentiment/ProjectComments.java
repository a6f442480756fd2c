package io.herdbook.reports.sentiment;

/**
 * The FROM and WHERE every project-wide figure shares: the comments of the project's creators' posts,
 * posted within the range, in one organisation. The joins follow the composite (organisation, id) keys,
 * so a row of another tenant can never join in.
 */
final class ProjectComments {

    static final String FROM = """
              FROM comments c
              JOIN posts p ON p.organisation_id = c.organisation_id AND p.id = c.post_id
              JOIN creators cr ON cr.organisation_id = p.organisation_id AND cr.id = p.creator_id
             WHERE c.organisation_id = :organisation AND cr.project_id = :project
               AND c.posted_at >= :start AND c.posted_at < :end
            """;

    private ProjectComments() {
    }
}
