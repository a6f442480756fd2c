package io.herdbook.jobs.comments.sentiment;

/**
 * One token of a comment: a word or emoticon (punctuation trimmed, case kept) or one emoji cluster.
 *
 * @param text  as written, for the ALL-CAPS rule
 * @param key   the lower-case form the word lists are searched with (elongations like "soooo" folded when that
 *              finds a known word); for an emoji, the cluster itself
 * @param emoji whether the token is an emoji cluster
 */
record Token(String text, String key, boolean emoji) {

    static Token emoji(String cluster) {
        return new Token(cluster, cluster, true);
    }

    /** Python's str.isupper: at least one letter and no lower-case letter. */
    boolean isUpper() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isUpperCase(c);
        }
        return letter;
    }

    boolean hasLetter() {
        return !emoji && text.codePoints().anyMatch(Character::isLetter);
    }
}
