package io.herdbook.jobs.comments.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VaderScorerTest {

    private final VaderScorer scorer = new VaderScorer();

    @ParameterizedTest(name = "[{index}] \"{0}\" ({1} images) is {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # C13: emoji carry their social meaning
            this is fire 🔥                                      | 0 | POSITIVE  |
            I'm dead 💀😂                                        | 0 | POSITIVE  |
            im dead                                              | 0 | POSITIVE  |
            i’m dead 💀                                          | 0 | POSITIVE  |
            my phone is dead                                     | 0 | NEGATIVE  |
            the house next door is on fire                       | 0 | NEGATIVE  |
            love it ❤️                                           | 0 | POSITIVE  |
            👏🏽 great                                            | 0 | POSITIVE  |
            👍🏿👍🏻 nice one                                       | 0 | POSITIVE  |
            ok this is sending me 😭😂                            | 0 | POSITIVE  |
            he really said that 🙄                                | 0 | NEGATIVE  |
            that edit ❤️‍🔥                                        | 0 | POSITIVE  |
            who else is watching in 2024 🤮                       | 0 | NEGATIVE  |
            # negation, with both apostrophes and without one
            I don't like this                                    | 0 | NEGATIVE  |
            I don’t like this                                    | 0 | NEGATIVE  |
            i dont like this                                     | 0 | NEGATIVE  |
            this isnt good                                       | 0 | NEGATIVE  |
            not bad                                              | 0 | POSITIVE  |
            never been so happy                                  | 0 | POSITIVE  |
            # intensifiers, caps, exclamations
            this is very good                                    | 0 | POSITIVE  |
            kinda boring tbh                                     | 0 | NEGATIVE  |
            this is AMAZING                                      | 0 | POSITIVE  |
            I HATE this song                                     | 0 | NEGATIVE  |
            wow!!!                                               | 0 | POSITIVE  |
            sooooo cute                                          | 0 | POSITIVE  |
            # but, least, plain negatives
            the song is good but the video is terrible           | 0 | NEGATIVE  |
            the intro was bad but the rest is amazing            | 0 | POSITIVE  |
            worst video ever                                     | 0 | NEGATIVE  |
            this is so stupid                                    | 0 | NEGATIVE  |
            unfollowing, this is boring and ugly                 | 0 | NEGATIVE  |
            at least it isn't a horrible song                    | 0 | POSITIVE  |
            "congrats, you deserve it!"                          | 0 | POSITIVE  |
            lmaooo                                               | 0 | POSITIVE  |
            # neutral English stays scored
            posted at 5pm                                        | 0 | NEUTRAL   |
            what camera do you use                               | 0 | NEUTRAL   |
            part 2 when                                          | 0 | NEUTRAL   |
            follow me                                            | 0 | NEUTRAL   |
            # nothing to read: UNSCORED, never neutral
            🔥🔥🔥                                               | 0 | UNSCORED  | emoji only
            😂😂                                                 | 0 | UNSCORED  | emoji only
            :)                                                   | 0 | UNSCORED  | emoji only
            "!!!"                                                | 0 | UNSCORED  | emoji only
            ""                                                   | 1 | UNSCORED  | image only
            "   "                                                | 2 | UNSCORED  | image only
            ""                                                   | 0 | UNSCORED  | no text
            "  "                                                 | 0 | UNSCORED  | no text
            10/10                                                | 0 | UNSCORED  | no words
            # languages the lexicon cannot read
            Đẹp quá                                              | 0 | UNSCORED  | no lexicon for its language
            Это ужасно                                           | 0 | UNSCORED  | no lexicon for its language
            かわいい                                              | 0 | UNSCORED  | no lexicon for its language
            me encanta                                           | 0 | UNSCORED  | no lexicon for its language
            bagus banget kak                                     | 0 | UNSCORED  | no lexicon for its language
            너무 예뻐요 😍                                         | 0 | UNSCORED  | no lexicon for its language
            Muy bonito                                           | 0 | UNSCORED  | no lexicon for its language
            # mixed language with an English sentiment word is scored
            so cute かわいい                                      | 0 | POSITIVE  |
            # known limits, pinned so a change to them is seen: a lexicon word in Spanish, sarcasm, slang
            no me gusta                                          | 0 | NEGATIVE  |
            "great, another ad"                                  | 0 | POSITIVE  |
            sick beat                                            | 0 | NEGATIVE  |
            brb                                                  | 0 | NEUTRAL   |
            🤦🏽‍♀️ worst take                                      | 0 | NEGATIVE  |
            """)
    void labelsRealLookingComments(String text, int images, SentimentLabel expected, String reason) {
        Sentiment sentiment = scorer.score(text, images);

        assertThat(sentiment.label()).as("%s -> %s", text, sentiment).isEqualTo(expected);
        assertThat(sentiment.unscoredReason()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "\"{0}\" scores {1} as VADER does")
    @CsvSource(delimiter = '|', textBlock = """
            good                                     |  0.4404
            not bad                                  |  0.4310
            VADER is smart, handsome, and funny.     |  0.8316
            VADER is smart, handsome, and funny!     |  0.8439
            VADER is very smart, handsome, and funny.|  0.8545
            Today SUX!                               | -0.5461
            At least it isn't a horrible book.       |  0.4310
            """)
    void matchesVadersPublishedCompoundScores(String text, double compound) {
        assertThat(scorer.score(text, 0).compound()).isCloseTo(compound, within(0.00005));
    }

    @Test
    void aBoosterStrengthensAndADampenerWeakens() {
        double good = scorer.score("this is good", 0).compound();
        double bad = scorer.score("this is bad", 0).compound();

        assertThat(scorer.score("this is very good", 0).compound()).isGreaterThan(good);
        assertThat(scorer.score("this is very bad", 0).compound()).isLessThan(bad);
        assertThat(scorer.score("this is slightly good", 0).compound()).isLessThan(good);
    }

    @Test
    void eachExclamationMarkUpToFourStrengthens() {
        List<Double> scores = new ArrayList<>();
        for (String marks : List.of("", "!", "!!", "!!!!", "!!!!!!")) {
            scores.add(Math.abs(scorer.score("this is bad" + marks, 0).compound()));
        }

        assertThat(scores.subList(0, 4)).isSorted().doesNotHaveDuplicates();
        assertThat(scores.get(4)).isEqualTo(scores.get(3));
    }

    @Test
    void emojiInsideTextCount() {
        assertThat(scorer.score("new video 🔥", 0).compound())
                .isGreaterThan(scorer.score("new video", 0).compound());
        assertThat(scorer.score("👏🏽 great", 0).compound()).isEqualTo(scorer.score("👏 great", 0).compound());
    }

    @Test
    void aTenThousandCharacterCommentIsScored() {
        String text = "love this 😍 but the ending was sad!! ".repeat(270).substring(0, 10_000);

        Sentiment sentiment = scorer.score(text, 0);

        assertThat(sentiment.label()).isNotEqualTo(SentimentLabel.UNSCORED);
    }

    @Test
    void oddTextNeverThrows() {
        for (String text : List.of("\uD83D", "\uDE00 lol", "\u200D\uFE0F", "🏽🏽", "n't n't n't", "but but but",
                "least", "kind of", "no", "NO NO NO!!!", "🇫🇷 trop bien", "☠️☠️ im dead", "\u0000\t\n")) {
            assertThat(scorer.score(text, 0)).isNotNull();
        }
        assertThat(scorer.score(null, 0).label()).isEqualTo(SentimentLabel.UNSCORED);
    }

    @Test
    void isSafeUnderEightThreads() throws Exception {
        List<String> texts = List.of("this is fire 🔥", "I don’t like this", "worst video ever", "Это ужасно",
                "posted at 5pm", "I'm dead 💀😂", "VADER is smart, handsome, and funny!");
        List<Sentiment> expected = texts.stream().map(t -> new VaderScorer().score(t, 0)).toList();
        VaderScorer shared = new VaderScorer(); // fresh, so the threads race for the lexicon's first load
        List<Future<List<Sentiment>>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    List<Sentiment> seen = new ArrayList<>();
                    for (int round = 0; round < 200; round++) {
                        texts.forEach(text -> seen.add(shared.score(text, 0)));
                    }
                    return seen;
                }));
            }
            for (Future<List<Sentiment>> result : results) {
                List<Sentiment> seen = result.get();
                for (int k = 0; k < seen.size(); k++) {
                    assertThat(seen.get(k)).isEqualTo(expected.get(k % texts.size()));
                }
            }
        }
    }

    @Test
    void aMissingLexiconFailsLoudlyNamingTheResource() {
        VaderScorer withoutLexicon = new VaderScorer(new VaderLexicon("no/such/lexicon.txt"));

        assertThatThrownBy(() -> withoutLexicon.score("good", 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no/such/lexicon.txt")
                .hasMessageContaining("vader-sentiment-analyzer");
    }
}
