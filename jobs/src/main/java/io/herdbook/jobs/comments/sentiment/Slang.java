package io.herdbook.jobs.comments.sentiment;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Social-media readings the 2014 lexicon lacks: "this is fire" is praise, "I'm dead 😂" is laughter (C13).
 * Each rule needs its context, so "the house is on fire" and "my phone is dead" keep their lexicon valence.
 */
final class Slang {

    /** "fire" as praise, about as strong as "good" plus a bit. */
    static final double FIRE = 2.0;
    /** "I'm dead" as laughter, about as strong as "lol". */
    static final double LAUGHING_DEAD = 1.8;

    private static final Map<String, Double> WORDS = Map.of("slay", 2.5, "slays", 2.5, "slayed", 2.5,
            "slaps", 2.0, "goated", 2.5, "bussin", 2.5);
    private static final Set<String> BEFORE_FIRE = Set.of("is", "so", "straight", "pure", "lowkey", "highkey",
            "literally", "absolutely", "was", "looks", "sounds", "it's", "its", "that's", "thats", "be", "are",
            "kinda", "too", "actually", "just", "sooo", "lit");
    private static final Set<String> LAUGH_WORDS = Set.of("lol", "lmao", "lmfao", "rofl", "xd", "jaja",
            "jajaja", "kkkk", "hehe", "ahah", "ahaha");
    private static final Set<String> I_AM = Set.of("i'm", "im");
    private static final Set<String> LAUGHING_EMOJI = Set.of("💀", "☠", "😂", "🤣", "😭", "😹");

    private Slang() {
    }

    /** The slang valence of the token at i, or null when no slang rule reads it. */
    static Double valence(List<Token> tokens, int i) {
        String key = tokens.get(i).key();
        if (key.equals("fire") && (keyAt(tokens, i - 1, BEFORE_FIRE) || emojiAt(tokens, i + 1, Set.of("🔥")))) {
            return FIRE;
        }
        if (isLaughingDead(tokens, i)) {
            return LAUGHING_DEAD;
        }
        return WORDS.get(key);
    }

    /** "i'm dead", "im dead", "i am dead", or "dead" right before a laughing emoji or a skull. */
    static boolean isLaughingDead(List<Token> tokens, int i) {
        if (!tokens.get(i).key().equals("dead")) {
            return false;
        }
        boolean iAm = keyAt(tokens, i - 1, I_AM)
                || (keyAt(tokens, i - 1, Set.of("am")) && keyAt(tokens, i - 2, Set.of("i")));
        return iAm || emojiAt(tokens, i + 1, LAUGHING_EMOJI);
    }

    /** Whether the comment laughs anywhere: a laughing emoji, "lol"-like words, "haha", or a laughing "dead". */
    static boolean laughterContext(List<Token> tokens, EmojiTable emoji) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean laughs = token.emoji() ? emoji.laughs(token.text())
                    : LAUGH_WORDS.contains(token.key()) || token.key().matches("(a?ha){2,}h?|(he){2,}")
                    || isLaughingDead(tokens, i);
            if (laughs) {
                return true;
            }
        }
        return false;
    }

    private static boolean keyAt(List<Token> tokens, int i, Set<String> keys) {
        return i >= 0 && i < tokens.size() && !tokens.get(i).emoji() && keys.contains(tokens.get(i).key());
    }

    private static boolean emojiAt(List<Token> tokens, int i, Set<String> keys) {
        return i >= 0 && i < tokens.size() && tokens.get(i).emoji() && keys.contains(Emoji.key(tokens.get(i).text()));
    }
}
