package io.herdbook.jobs.comments.sentiment;

/** Code-point classes for emoji clusters: pictographs and the marks that attach to them. */
final class Emoji {

    static final int ZWJ = 0x200D;

    private Emoji() {
    }

    /** A code point that starts an emoji cluster (pictographs, dingbats, stars, regional indicators). */
    static boolean isBase(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF)
                || (cp >= 0x2600 && cp <= 0x27BF)
                || (cp >= 0x2300 && cp <= 0x23FF)
                || (cp >= 0x2B00 && cp <= 0x2BFF)
                || cp == 0x203C || cp == 0x2049 || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299;
    }

    /** Marks that change how the emoji before them looks but not what it means. */
    static boolean isModifier(int cp) {
        return cp == 0xFE0F || cp == 0xFE0E      // variation selectors: emoji / text presentation
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) // skin tones
                || cp == 0x20E3                      // combining keycap
                || (cp >= 0xE0020 && cp <= 0xE007F); // tag sequences (subdivision flags)
    }

    static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    /** Marks that never stand alone; dropped when found outside a cluster. */
    static boolean isStray(int cp) {
        return isModifier(cp) || cp == ZWJ;
    }

    /** The table key of a cluster: without variation selectors and skin tones, ZWJs kept. */
    static String key(String cluster) {
        StringBuilder key = new StringBuilder(cluster.length());
        cluster.codePoints().filter(cp -> !isModifier(cp)).forEach(key::appendCodePoint);
        return key.toString();
    }
}
