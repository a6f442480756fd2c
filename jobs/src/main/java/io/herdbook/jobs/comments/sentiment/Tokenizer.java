package io.herdbook.jobs.comments.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a comment into words and emoji clusters by code point, never inside a surrogate pair. Apostrophes
 * (’ ‘ ʼ) become ', so "don’t" reads as "don't". Punctuation around a word is trimmed unless the lexicon knows
 * the token as written (emoticons such as ":)" or ":-(").
 */
final class Tokenizer {

    private final VaderLexicon lexicon;

    Tokenizer(VaderLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Token> tokens(String text) {
        String normal = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < normal.length()) {
            int cp = normal.codePointAt(i);
            if (Emoji.isBase(cp)) {
                flush(word, tokens);
                int end = clusterEnd(normal, i);
                tokens.add(Token.emoji(normal.substring(i, end)));
                i = end;
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                flush(word, tokens);
            } else if (!Emoji.isStray(cp)) {
                word.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        flush(word, tokens);
        return tokens;
    }

    /** The end of the cluster starting at start: modifiers, ZWJ-joined emoji, or a flag's second indicator. */
    private static int clusterEnd(String s, int start) {
        int first = s.codePointAt(start);
        boolean flag = Emoji.isRegionalIndicator(first);
        int i = start + Character.charCount(first);
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Emoji.isModifier(cp)) {
                i = next;
            } else if (cp == Emoji.ZWJ && next < s.length() && Emoji.isBase(s.codePointAt(next))) {
                i = next + Character.charCount(s.codePointAt(next));
            } else if (flag && Emoji.isRegionalIndicator(cp)) {
                flag = false;
                i = next;
            } else {
                break;
            }
        }
        return i;
    }

    private void flush(StringBuilder word, List<Token> tokens) {
        if (word.isEmpty()) {
            return;
        }
        String raw = word.toString();
        word.setLength(0);
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lexicon.contains(lower)) {
            tokens.add(new Token(raw, lower, false));
            return;
        }
        String trimmed = trimPunctuation(raw);
        if (trimmed.isEmpty()) {
            tokens.add(new Token(raw, lower, false));
        } else {
            tokens.add(new Token(trimmed, known(trimmed.toLowerCase(Locale.ROOT)), false));
        }
    }

    /** The word as the lists know it: itself, or with letters repeated 3+ times folded to two, then to one. */
    private String known(String lower) {
        if (isKnown(lower) || !lower.matches(".*(\\p{L})\\1\\1.*")) {
            return lower;
        }
        String two = lower.replaceAll("(\\p{L})\\1{2,}", "$1$1");
        if (isKnown(two)) {
            return two;
        }
        String one = lower.replaceAll("(\\p{L})\\1{2,}", "$1");
        return isKnown(one) ? one : lower;
    }

    private boolean isKnown(String key) {
        return lexicon.contains(key) || VaderWords.isBooster(key) || VaderWords.isNegation(key);
    }

    private static String trimPunctuation(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && !Character.isLetterOrDigit(raw.codePointAt(start))) {
            start += Character.charCount(raw.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(raw.codePointBefore(end))) {
            end -= Character.charCount(raw.codePointBefore(end));
        }
        return raw.substring(start, end);
    }
}
