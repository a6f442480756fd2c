package io.herdbook.reports.sentiment;

import java.time.LocalDate;

/**
 * Comments posted in one bucket of the range, by label.
 *
 * @param label  the day ({@code 2026-03-02}) or ISO week ({@code 2026-W10})
 * @param from   the bucket's first day within the range (a week at either end of the range may be cut short)
 * @param to     its last day within the range, included
 */
public record VolumeBucket(String label, LocalDate from, LocalDate to, LabelCounts comments) {
}
