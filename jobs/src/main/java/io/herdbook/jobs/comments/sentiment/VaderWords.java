package io.herdbook.jobs.comments.sentiment;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** VADER's rule constants and word lists (Hutto and Gilbert 2014), written out for Herdbook. */
final class VaderWords {

    /** Added to or taken from a word's valence by a booster or dampener before it. */
    static final double BOOST = 0.293;
    /** Added by an ALL-CAPS word when the comment mixes case. */
    static final double CAPS = 0.733;
    /** Multiplies the valence of a negated word. */
    static final double NEGATION = -0.74;
    /** Added per exclamation mark, at most {@link #MAX_EXCLAMATIONS}. */
    static final double EXCLAMATION = 0.292;
    static final int MAX_EXCLAMATIONS = 4;
    /** Per question mark when there are two or three; more than three add {@link #MAX_QUESTION}. */
    static final double QUESTION = 0.18;
    static final double MAX_QUESTION = 0.96;
    /** The compound score's normalisation constant: sum / sqrt(sum² + ALPHA). */
    static final double ALPHA = 15;
    /** Weights of the clause before and after "but". */
    static final double BEFORE_BUT = 0.5;
    static final double AFTER_BUT = 1.5;

    static final Set<String> BOOSTERS = Set.of(
            "absolutely", "amazingly", "awfully", "completely", "considerably", "decidedly", "deeply", "effing",
            "enormously", "entirely", "especially", "exceptionally", "extremely", "fabulously",
            "fricking", "frickin", "friggin", "fully", "fucking", "fuckin", "greatly", "hella", "highly",
            "hugely", "incredibly", "intensely", "majorly", "more", "most", "particularly", "purely", "quite",
            "really", "remarkably", "so", "substantially", "thoroughly", "totally", "tremendously",
            "uber", "unbelievably", "unusually", "utterly", "very", "insanely", "wildly");

    static final Set<String> DAMPENERS = Set.of(
            "almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less", "little", "marginally",
            "occasionally", "partly", "scarcely", "slightly", "somewhat", "sorta", "sortof", "sort-of", "lowkey");

    /** Two-word dampeners, recognised when their second word precedes the scored word. */
    static final Set<String> DAMPENER_PAIRS = Set.of("kind of", "sort of");

    static final Set<String> NEGATIONS = Set.of(
            "not", "never", "no", "none", "nope", "nor", "nothing", "nowhere", "neither", "without", "rarely",
            "seldom", "despite", "cannot", "aint", "ain't", "arent", "cant", "couldnt", "didnt", "doesnt",
            "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neednt", "oughtnt", "shant",
            "shouldnt", "wasnt", "werent", "wont", "wouldnt", "uh-uh", "uhuh");

    /** Phrases read as a whole: the valence replaces the words' own (the words are matched lower-case). */
    static final Map<List<String>, Double> IDIOMS = Map.of(
            List.of("the", "bomb"), 3.0,
            List.of("the", "shit"), 3.0,
            List.of("to", "die", "for"), 3.0,
            List.of("yeah", "right"), -2.0,
            List.of("kiss", "of", "death"), -1.5,
            List.of("bad", "ass"), 1.5,
            List.of("broken", "heart"), -2.9);

    private VaderWords() {
    }

    static boolean isBooster(String key) {
        return BOOSTERS.contains(key) || DAMPENERS.contains(key);
    }

    /** A negating word; n't forms are matched whatever the apostrophe (the tokenizer makes ’ into '). */
    static boolean isNegation(String key) {
        return NEGATIONS.contains(key) || key.contains("n't");
    }
}
