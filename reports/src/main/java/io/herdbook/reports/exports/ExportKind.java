package io.herdbook.reports.exports;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an export lists: accrual lines by the moment they accrued, or payments by the moment they were paid. */
public enum ExportKind {
    ACCRUALS, PAYMENTS;

    /** The kind named (case-insensitive), or an {@link IllegalArgumentException} naming the kinds there are. */
    public static ExportKind parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("must be one of " + names() + ", not '" + name + "'");
        }
    }

    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** The word used in file names and paths: {@code accruals}, {@code payments}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
