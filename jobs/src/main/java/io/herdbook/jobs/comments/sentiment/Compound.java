package io.herdbook.jobs.comments.sentiment;

import static io.herdbook.jobs.comments.sentiment.VaderWords.ALPHA;

/** VADER's compound score: the token valences summed, punctuation emphasis added, normalised into [-1, 1]. */
final class Compound {

    private Compound() {
    }

    static double of(double[] sentiments, String text) {
        double sum = 0;
        for (double sentiment : sentiments) {
            sum += sentiment;
        }
        double emphasis = punctuationEmphasis(text);
        if (sum > 0) {
            sum += emphasis;
        } else if (sum < 0) {
            sum -= emphasis;
        }
        double compound = sum / Math.sqrt(sum * sum + ALPHA);
        return Math.max(-1, Math.min(1, compound));
    }

    /** Up to 4 exclamation marks count 0.292 each; 2 or 3 question marks 0.18 each, more than 3 count 0.96. */
    static double punctuationEmphasis(String text) {
        long exclamations = text.chars().filter(c -> c == '!' || c == '！').count();
        long questions = text.chars().filter(c -> c == '?' || c == '？').count();
        double emphasis = Math.min(exclamations, VaderWords.MAX_EXCLAMATIONS) * VaderWords.EXCLAMATION;
        if (questions > 3) {
            emphasis += VaderWords.MAX_QUESTION;
        } else if (questions > 1) {
            emphasis += questions * VaderWords.QUESTION;
        }
        return emphasis;
    }
}
