package io.herdbook.api.rest;

import io.herdbook.reports.completeness.CreatorCompleteness;
import io.herdbook.reports.completeness.ProjectCompleteness;

/**
 * A project's completeness figure and a page of its creators' (see {@code io.herdbook.reports.completeness.Completeness}
 * for the definition).
 *
 * @param capturedPosts    Σ min(captured, expected) over the creators that count
 * @param profilePostCount Σ of their profile post counts
 * @param completeness     the project's figure, null when no creator counts
 * @param creators         the project's creators in id order, each with its own figure
 */
record CompletenessView(long projectId, long capturedPosts, long profilePostCount, Double completeness, long creatorsCounted,
                        Page<CreatorCompleteness> creators) {

    static CompletenessView of(ProjectCompleteness project, Page<CreatorCompleteness> creators) {
        return new CompletenessView(project.projectId(), project.capturedPosts(), project.profilePostCount(), project.completeness(),
                project.creatorsCounted(), creators);
    }
}
