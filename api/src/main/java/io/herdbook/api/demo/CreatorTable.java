package io.herdbook.api.demo;

import io.herdbook.reports.creators.CreatorSummary;
import java.util.List;

/** Renders creator summaries as a plain-text table. Counts are printed in full (never 11.2M); unknown is "-". */
public final class CreatorTable {

    private static final String[] HEADERS = {"handle", "followers", "posts found", "total views", "last fetch"};

    private CreatorTable() {
    }

    public static String render(List<CreatorSummary> creators) {
        String[][] rows = new String[creators.size()][];
        for (int i = 0; i < rows.length; i++) {
            CreatorSummary c = creators.get(i);
            rows[i] = new String[] {"@" + c.handle(), count(c.followers()), Long.toString(c.postsFound()),
                    count(c.totalViews()), c.lastOutcome() == null ? "-" : c.lastOutcome()};
        }
        int[] widths = new int[HEADERS.length];
        for (int col = 0; col < HEADERS.length; col++) {
            widths[col] = HEADERS[col].length();
            for (String[] row : rows) {
                widths[col] = Math.max(widths[col], row[col].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, HEADERS, widths);
        StringBuilder rule = new StringBuilder();
        for (int col = 0; col < widths.length; col++) {
            rule.append(col == 0 ? "" : "  ").append("-".repeat(widths[col]));
        }
        out.append(rule).append('\n');
        for (String[] row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        for (int col = 0; col < cells.length; col++) {
            // The handle is text (left-aligned); the rest are numbers or outcomes (right-aligned).
            String format = col == 0 ? "%-" + widths[col] + "s" : "  %" + widths[col] + "s";
            out.append(String.format(format, cells[col]));
        }
        out.append('\n');
    }

    private static String count(Long value) {
        return value == null ? "-" : Long.toString(value);
    }
}
