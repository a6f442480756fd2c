/**
 * The sentiment radar: what a project's audience says about its creators' posts, from the comments the
 * comment sweep stored with their sentiment. For a project and a range of whole days in the project's
 * time zone (half-open [from, to + 1 day)): the headline figures, the volume by day or ISO week, the
 * creators ranked by average score, the posts drawing negative comments, and a stream of the comments
 * themselves; and for one post, its comments with a breakdown by label.
 *
 * <p>Every figure is an SQL aggregate scoped by organisation, never a walk over loaded comments; lists
 * page by keyset with a cursor that holds (sort value, id). UNSCORED comments (emoji only, image only,
 * no lexicon) are counted in totals and listed in streams, but take part in no sentiment figure: not in
 * percentages, averages or the minimum counts that decide who is ranked or alerted.
 */
package io.herdbook.reports.sentiment;
