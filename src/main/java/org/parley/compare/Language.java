package org.parley.compare;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The languages the engine stems, told apart by their stop words: "the", "of" and "shall" against
 * "der", "und" and "wird". Words that are stop words in both ("in", "was") count for neither.
 */
public enum Language {
    ENGLISH("English", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, new EnglishAnalyzer()),
    GERMAN("German", GermanAnalyzer.getDefaultStopSet(), new GermanAnalyzer());

    private static final int SAMPLE_CHARS = 50_000;
    /** Fewer stop words than this say nothing about a text's language. */
    private static final int MIN_STOP_WORDS = 3;

    private final String displayName;
    private final CharArraySet stopWords;
    private final Analyzer analyzer;

    Language(String displayName, CharArraySet stopWords, Analyzer analyzer) {
        this.displayName = displayName;
        this.stopWords = stopWords;
        this.analyzer = analyzer;
    }

    public String displayName() {
        return displayName;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** The language whose stop words the texts use clearly more (twice as many); empty when they say too little. */
    public static Optional<Language> of(List<String> texts) {
        Map<Language, Integer> hits = stopWords(texts);
        int english = hits.get(ENGLISH);
        int german = hits.get(GERMAN);
        if (Math.max(english, german) < MIN_STOP_WORDS || english < 2 * german && german < 2 * english) {
            return Optional.empty();
        }
        return Optional.of(english > german ? ENGLISH : GERMAN);
    }

    /** The stemmer for comparing two drafts: German when their texts use more German stop words, else English. */
    static Language forComparing(List<String> fromTexts, List<String> toTexts) {
        Map<Language, Integer> from = stopWords(fromTexts);
        Map<Language, Integer> to = stopWords(toTexts);
        return from.get(GERMAN) + to.get(GERMAN) > from.get(ENGLISH) + to.get(ENGLISH) ? GERMAN : ENGLISH;
    }

    /**
     * A warning when the old draft reads as one language and the new one as another: the engine
     * matches points by their words, so a translated point shows as dropped and added.
     */
    public static Optional<String> mismatch(List<String> fromTexts, List<String> toTexts) {
        Optional<Language> from = of(fromTexts);
        Optional<Language> to = of(toTexts);
        if (from.isEmpty() || to.isEmpty() || from.get() == to.get()) {
            return Optional.empty();
        }
        return Optional.of("The old draft reads as " + from.get().displayName() + " and the new one as " + to.get().displayName()
                + ": points are matched by their words, so a translated point shows as dropped and added.");
    }

    /** How many words of the texts (the first {@value #SAMPLE_CHARS} characters or so) are stop words of each language only. */
    private static Map<Language, Integer> stopWords(List<String> texts) {
        Map<Language, Integer> hits = new EnumMap<>(Language.class);
        for (Language language : values()) {
            hits.put(language, 0);
        }
        int sampled = 0;
        for (String text : texts) {
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                boolean english = ENGLISH.stopWords.contains(word);
                boolean german = GERMAN.stopWords.contains(word);
                if (english != german) {
                    hits.merge(english ? ENGLISH : GERMAN, 1, Integer::sum);
                }
            }
            sampled += text.length();
            if (sampled > SAMPLE_CHARS) {
                break;
            }
        }
        return hits;
    }
}
