package io.herdbook.jobs.comments.sentiment;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Herdbook's own implementation of VADER (Hutto and Gilbert 2014) over the published VADER lexicon, with its own
 * emoji table and social-media readings (C13). Comments it cannot read are UNSCORED, never silently neutral.
 * Thread-safe: all state is read-only after the lexicon's first load.
 */
@Component
public class VaderScorer implements SentimentScorer {

    private static final Logger log = LoggerFactory.getLogger(VaderScorer.class);

    private final VaderLexicon lexicon;
    private final Tokenizer tokenizer;
    private final LanguageGate languageGate;
    private final ValenceRules rules;

    public VaderScorer() {
        this(new VaderLexicon());
    }

    VaderScorer(VaderLexicon lexicon) {
        this.lexicon = lexicon;
        this.tokenizer = new Tokenizer(lexicon);
        this.languageGate = new LanguageGate(lexicon);
        this.rules = new ValenceRules(lexicon, EmojiTable.get());
    }

    @Override
    public Sentiment score(String text, int imageCount) {
        if (text == null || text.isBlank()) {
            return Sentiment.unscored(imageCount > 0 ? Sentiment.IMAGE_ONLY : Sentiment.NO_TEXT);
        }
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return Sentiment.unscored(text.codePoints().anyMatch(Character::isDigit) && !hasEmoji(text)
                    ? Sentiment.NO_WORDS : Sentiment.EMOJI_ONLY);
        }
        lexicon.valences(); // a missing lexicon is a packaging fault: let it fail loudly, outside the guard below
        try {
            List<Token> tokens = tokenizer.tokens(text);
            if (languageGate.unreadable(text, tokens)) {
                return Sentiment.unscored(Sentiment.NO_LEXICON);
            }
            return Sentiment.scored(Compound.of(rules.sentiments(tokens), text));
        } catch (RuntimeException e) {
            // The contract says never throw on any text: a rule bug leaves this one comment out of the figures.
            log.warn("Sentiment rules failed on a comment of {} characters; it is stored UNSCORED", text.length(), e);
            return Sentiment.unscored(Sentiment.SCORER_FAILED);
        }
    }

    private static boolean hasEmoji(String text) {
        return text.codePoints().anyMatch(Emoji::isBase);
    }
}
