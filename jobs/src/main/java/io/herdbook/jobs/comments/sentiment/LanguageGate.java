package io.herdbook.jobs.comments.sentiment;

import java.util.List;
import java.util.Set;

/**
 * Decides, conservatively, that a comment is in a language the English lexicon cannot read. Any word the lexicon,
 * the booster list or the negation list knows makes the comment readable, so mixed-language comments are scored.
 * Otherwise it is unreadable when most of its letters are not Latin script; or, in Latin script, when it has two
 * or more words and not even an English function word among them; or when words that mark another language
 * (a short list, or letters such as đ ñ ư) outnumber the unmistakably English function words.
 */
final class LanguageGate {

    /** Common English words with no sentiment; those also common in other languages are in AMBIGUOUS. */
    private static final Set<String> ENGLISH = Set.of("the", "and", "is", "are", "was", "were", "be", "been",
            "am", "i'm", "im", "you", "your", "you're", "he", "she", "it", "it's", "its", "we", "they", "them",
            "their", "this", "that", "that's", "these", "those", "what", "which", "who", "when", "where", "why",
            "how", "of", "to", "at", "on", "for", "with", "from", "by", "about", "just", "my", "our", "his",
            "her", "if", "then", "than", "there", "here", "have", "has", "had", "do", "does", "did", "will",
            "would", "can", "could", "should", "up", "out", "all", "some", "any", "one", "get", "got", "because",
            "or", "an", "as", "after", "before", "now", "today", "still", "too", "also", "only", "new", "see",
            "look", "watch", "post", "posted", "first", "part", "omg", "wait", "pm", "yet");
    private static final Set<String> AMBIGUOUS = Set.of("me", "a", "i", "in", "la", "lo", "te", "video");
    /** Frequent words of the languages Herdbook's comments come in most besides English. */
    private static final Set<String> FOREIGN = Set.of(
            "que", "el", "los", "las", "del", "es", "muy", "pero", "por", "para", "con", "una", "encanta",
            "gusta", "hermoso", "hermosa", "bonito", "bonita", "lindo", "linda", "amo", "mucho", "gracias", "qué",
            "muito", "você", "voce", "não", "nao", "eu", "amei", "che", "molto", "bello", "bella", "sono",
            "questo", "très", "tres", "c'est", "est", "je", "les", "j'adore", "trop", "vraiment", "magnifique",
            "ich", "und", "nicht", "sehr", "das", "ist", "schön", "danke", "yang", "dan", "ini", "itu", "sangat",
            "bagus", "sekali", "banget", "aku", "kamu", "tidak", "keren", "cantik", "kak", "dep", "qua", "ang",
            "mga", "ganda", "sobrang");

    private final VaderLexicon lexicon;

    LanguageGate(VaderLexicon lexicon) {
        this.lexicon = lexicon;
    }

    boolean unreadable(String text, List<Token> tokens) {
        List<String> words = tokens.stream().filter(Token::hasLetter).map(Token::key).toList();
        if (words.isEmpty() || words.stream().anyMatch(this::lexical)) {
            return false;
        }
        boolean english = words.stream().anyMatch(w -> ENGLISH.contains(w) || AMBIGUOUS.contains(w));
        if (mostlyNonLatin(text)) {
            return !english;
        }
        if (words.size() >= 2 && !english) {
            return true;
        }
        long foreign = words.stream().filter(w -> FOREIGN.contains(w) || foreignLetters(w)).count();
        long plainEnglish = words.stream().filter(w -> ENGLISH.contains(w) && !AMBIGUOUS.contains(w)).count();
        return foreign > plainEnglish;
    }

    private boolean lexical(String word) {
        return lexicon.contains(word) || VaderWords.isBooster(word) || VaderWords.isNegation(word);
    }

    /** More than half the letters in scripts other than Latin (Cyrillic, Han, kana, Arabic, Thai, Hangul ...). */
    static boolean mostlyNonLatin(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints()
                .filter(cp -> Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN)
                .count();
        return letters > 0 && (letters - latin) * 2 > letters;
    }

    /** Latin letters outside Latin-1 (Vietnamese, Polish, Turkish ...) and ñ ã õ: not in English loanwords. */
    private static boolean foreignLetters(String word) {
        return word.codePoints().anyMatch(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN
                && (cp > 0xFF || cp == 'ñ' || cp == 'ã' || cp == 'õ'));
    }
}
