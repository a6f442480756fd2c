package io.herdbook.reports.compliance;

import java.time.Instant;
import java.util.List;

/**
 * One creator's standing against one goal in one period.
 *
 * @param actual      the metric's value; null when it has none (MIN_VIEWS_PER_POST over no posts), which is never met
 * @param posts       how many of the creator's posts went up in the period
 * @param finalResult true when this is goal-evaluation's stored result, which never changes
 * @param evaluatedAt when the stored result was evaluated; null for a live figure
 * @param statsCutoff the figure uses stats observed before this instant
 * @param refreshedAt the latest fetch of any of the creator's tracked posts' stats; null when none was ever fetched
 * @param advisories  why the figure may not be the final word, in {@link ComplianceAdvisory} order; always empty for a
 *                    stored result, which is final
 */
public record CreatorCompliance(long creatorId, String handle, Long actual, long target, boolean met, long posts, boolean finalResult,
                                Instant evaluatedAt, Instant statsCutoff, Instant refreshedAt, List<ComplianceAdvisory> advisories) {

    public CreatorCompliance {
        advisories = List.copyOf(advisories);
    }
}
