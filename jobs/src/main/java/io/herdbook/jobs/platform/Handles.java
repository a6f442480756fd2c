package io.herdbook.jobs.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a creator's handle from what people paste: {@code frys_8}, {@code @frys_8}, a profile link
 * {@code https://www.tiktok.com/@frys_8}, or a post or share link {@code …/@frys_8/photo/<id>?mid=…}
 * (the handle comes from the path; the query's ids and share time are ignored, case C1).
 */
public final class Handles {

    /** The platform's handles: letters, digits, underscores and dots, at most 24 characters. */
    private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9._]{1,24}");
    private static final Pattern PATH = Pattern.compile("^/@([^/?#]+)(?:/.*)?$");

    private Handles() {
    }

    /**
     * The handle, without {@code @} and in lower case, or empty when the text is neither a handle nor a link naming
     * one. The platform's handles are case-insensitive ({@code @TikTok} is {@code @tiktok}, and its pages write them in
     * lower case), so one account is one creator however it was typed.
     */
    public static Optional<String> fromInput(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return fromLink(value);
        }
        String handle = value.startsWith("@") ? value.substring(1) : value;
        return HANDLE.matcher(handle).matches() ? Optional.of(handle.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static Optional<String> fromLink(String link) {
        try {
            URI uri = new URI(link);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            Matcher path = PATH.matcher(uri.getPath() == null ? "" : uri.getPath());
            if (!(host.equals("tiktok.com") || host.endsWith(".tiktok.com")) || !path.matches()) {
                return Optional.empty();
            }
            return HANDLE.matcher(path.group(1)).matches() ? Optional.of(path.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
