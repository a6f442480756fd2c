package io.herdbook.jobs.comments.sentiment;

import java.util.List;
import java.util.Map;

/** Rules over several tokens at once: idioms read as a whole, and "but" shifting weight to what follows it. */
final class Clauses {

    private Clauses() {
    }

    /** An idiom's valence goes to its last word; its other words count nothing. */
    static void applyIdioms(List<Token> tokens, double[] sentiments) {
        for (Map.Entry<List<String>, Double> idiom : VaderWords.IDIOMS.entrySet()) {
            List<String> words = idiom.getKey();
            for (int end = words.size() - 1; end < tokens.size(); end++) {
                if (matches(tokens, end - words.size() + 1, words)) {
                    for (int k = end - words.size() + 1; k < end; k++) {
                        sentiments[k] = 0;
                    }
                    sentiments[end] = idiom.getValue();
                }
            }
        }
    }

    /** Before the first "but" counts half, after it one and a half times. */
    static void applyBut(List<Token> tokens, double[] sentiments) {
        int but = -1;
        for (int i = 0; i < tokens.size() && but < 0; i++) {
            if (tokens.get(i).key().equals("but")) {
                but = i;
            }
        }
        if (but < 0) {
            return;
        }
        for (int i = 0; i < sentiments.length; i++) {
            if (i != but) {
                sentiments[i] *= i < but ? VaderWords.BEFORE_BUT : VaderWords.AFTER_BUT;
            }
        }
    }

    private static boolean matches(List<Token> tokens, int start, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(start + k).key().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
