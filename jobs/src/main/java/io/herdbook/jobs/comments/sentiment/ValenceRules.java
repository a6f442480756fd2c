package io.herdbook.jobs.comments.sentiment;

import static io.herdbook.jobs.comments.sentiment.VaderWords.BOOST;
import static io.herdbook.jobs.comments.sentiment.VaderWords.CAPS;
import static io.herdbook.jobs.comments.sentiment.VaderWords.NEGATION;

import java.util.List;
import java.util.Set;

/** VADER's per-token rules: lexicon valence, "no", ALL CAPS, boosters and negation of the 3 words before, "least". */
final class ValenceRules {

    private static final Set<String> SO_THIS = Set.of("so", "this");

    private final VaderLexicon lexicon;
    private final EmojiTable emoji;

    ValenceRules(VaderLexicon lexicon, EmojiTable emoji) {
        this.lexicon = lexicon;
        this.emoji = emoji;
    }

    /** One valence per token; tokens no rule reads (and boosters themselves) get 0. */
    double[] sentiments(List<Token> tokens) {
        boolean capsDiff = capsDifferential(tokens);
        boolean laughter = Slang.laughterContext(tokens, emoji);
        double[] sentiments = new double[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Double base = base(tokens, i, laughter);
            if (base != null) {
                sentiments[i] = valence(tokens, i, base, capsDiff);
            }
        }
        Clauses.applyIdioms(tokens, sentiments);
        Clauses.applyBut(tokens, sentiments);
        return sentiments;
    }

    private Double base(List<Token> tokens, int i, boolean laughter) {
        Token token = tokens.get(i);
        if (token.emoji()) {
            return emoji.valence(token.text(), laughter);
        }
        if (VaderWords.isBooster(token.key()) || (token.key().equals("kind") && key(tokens, i + 1).equals("of"))) {
            return null;
        }
        Double slang = Slang.valence(tokens, i);
        return slang != null ? slang : lexicon.valence(token.key());
    }

    private double valence(List<Token> tokens, int i, double base, boolean capsDiff) {
        double valence = base;
        // "no" before a lexicon word negates it rather than scoring itself
        if (key(tokens, i).equals("no") && lexicon.contains(key(tokens, i + 1))) {
            valence = 0;
        }
        if (key(tokens, i - 1).equals("no") || key(tokens, i - 2).equals("no")
                || (key(tokens, i - 3).equals("no") && Set.of("or", "nor").contains(key(tokens, i - 1)))) {
            valence = base * NEGATION;
        }
        Token token = tokens.get(i);
        if (!token.emoji() && capsDiff && token.isUpper() && valence != 0) {
            valence += valence > 0 ? CAPS : -CAPS;
        }
        for (int back = 0; back < 3 && i > back; back++) {
            int j = i - back - 1;
            if (!lexicon.contains(key(tokens, j))) {
                valence += scalar(tokens, j, valence, capsDiff) * (back == 1 ? 0.95 : back == 2 ? 0.9 : 1);
                valence = negationCheck(tokens, i, back, valence);
            }
        }
        return leastCheck(tokens, i, valence);
    }

    /** The booster or dampener effect of the word at j on a valence, signed to strengthen or weaken it. */
    private static double scalar(List<Token> tokens, int j, double valence, boolean capsDiff) {
        String key = key(tokens, j);
        double scalar = VaderWords.BOOSTERS.contains(key) ? BOOST
                : VaderWords.DAMPENERS.contains(key)
                        || (key.equals("of") && VaderWords.DAMPENER_PAIRS.contains(key(tokens, j - 1) + " of")) ? -BOOST
                        : 0;
        if (scalar == 0) {
            return 0;
        }
        if (valence < 0) {
            scalar = -scalar;
        }
        if (capsDiff && tokens.get(j).isUpper()) {
            scalar += valence > 0 ? CAPS : -CAPS;
        }
        return scalar;
    }

    private static double negationCheck(List<Token> tokens, int i, int back, double valence) {
        String w1 = key(tokens, i - 1);
        String w2 = key(tokens, i - 2);
        String farthest = key(tokens, i - back - 1);
        if (back > 0 && farthest.equals("never")
                && (SO_THIS.contains(w1) || (back == 2 && SO_THIS.contains(w2)))) {
            return valence * 1.25; // "never so good": emphasis, not negation
        }
        if (back > 0 && farthest.equals("without") && (w1.equals("doubt") || (back == 2 && w2.equals("doubt")))) {
            return valence; // "without doubt"
        }
        return VaderWords.isNegation(farthest) ? valence * NEGATION : valence;
    }

    private static double leastCheck(List<Token> tokens, int i, double valence) {
        if (!key(tokens, i - 1).equals("least")) {
            return valence;
        }
        String before = key(tokens, i - 2);
        return before.equals("at") || before.equals("very") ? valence : valence * NEGATION;
    }

    /** VADER emphasises ALL-CAPS words only when the comment also has words that are not all caps. */
    static boolean capsDifferential(List<Token> tokens) {
        long words = tokens.stream().filter(Token::hasLetter).count();
        long upper = tokens.stream().filter(t -> t.hasLetter() && t.isUpper()).count();
        return upper > 0 && upper < words;
    }

    static String key(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).key() : "";
    }
}
