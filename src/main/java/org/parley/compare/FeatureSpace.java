package org.parley.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The texts of both drafts as TF-IDF vectors over stemmed words and word pairs, and again over
 * the stemmed words alone (a softer signal for reworded text, whose word pairs rarely survive).
 * The stemmer is English or German, whichever language's stop words the texts use more ({@link Language});
 * a German compound also counts as its head, when the head stands alone in the drafts.
 * Each point's sentences can be had as vectors of their own, over the same words and weights.
 */
final class FeatureSpace {

    /** The fewest letters of a compound's head, and of what comes before it. */
    private static final int HEAD_MIN = 5;
    private static final int MODIFIER_MIN = 3;
    /**
     * Where a sentence ends: after a full stop, colon, semicolon or question or exclamation mark
     * and before a capital, a parenthesis or a quotation mark; and after every semicolon.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;:!?])\\s+(?=[\\p{Lu}(\"“])|(?<=;)\\s+");

    private final List<SparseVector> from;
    private final List<SparseVector> to;
    private final List<SparseVector> fromWords;
    private final List<SparseVector> toWords;
    private final float[] idf;
    /** What the sentences of a point are read with, when first asked for: the texts, their analyser, the features. */
    private final List<List<String>> texts;
    private final Analyzer analyzer;
    private final Map<String, String> heads;
    private final Map<String, Integer> vocabulary;
    /** Each old ({@code [0]}) and new ({@code [1]}) point's sentences as vectors, made when first asked for. */
    private final SparseVector[][][] sentences = new SparseVector[2][][];

    private FeatureSpace(List<SparseVector> from, List<SparseVector> to, BitSet isPair, float[] idf, List<List<String>> texts,
            Analyzer analyzer, Map<String, String> heads, Map<String, Integer> vocabulary) {
        this.from = from;
        this.to = to;
        this.fromWords = wordsOnly(from, isPair, idf);
        this.toWords = wordsOnly(to, isPair, idf);
        this.idf = idf;
        this.texts = texts;
        this.analyzer = analyzer;
        this.heads = heads;
        this.vocabulary = vocabulary;
    }

    static FeatureSpace of(List<String> fromTexts, List<String> toTexts) {
        Language language = Language.forComparing(fromTexts, toTexts);
        Analyzer analyzer = language.analyzer();
        List<List<String>> fromStems = fromTexts.stream().map(text -> stems(analyzer, text)).toList();
        List<List<String>> toStems = toTexts.stream().map(text -> stems(analyzer, text)).toList();
        Map<String, String> heads = language == Language.GERMAN ? compoundHeads(fromStems, toStems) : Map.of();
        Map<String, Integer> vocabulary = new HashMap<>();
        var isPair = new BitSet();
        var fromCounts = new ArrayList<int[][]>(fromTexts.size());
        var toCounts = new ArrayList<int[][]>(toTexts.size());
        for (List<String> text : fromStems) {
            fromCounts.add(count(text, heads, vocabulary, isPair));
        }
        for (List<String> text : toStems) {
            toCounts.add(count(text, heads, vocabulary, isPair));
        }
        int[] df = new int[vocabulary.size()];
        for (List<int[][]> side : List.of(fromCounts, toCounts)) {
            for (int[][] counts : side) {
                for (int id : counts[0]) {
                    df[id]++;
                }
            }
        }
        int documents = fromTexts.size() + toTexts.size();
        float[] idf = new float[df.length];
        for (int f = 0; f < df.length; f++) {
            idf[f] = (float) (Math.log((documents + 1.0) / (df[f] + 1.0)) + 1.0);
        }
        return new FeatureSpace(vectors(fromCounts, idf), vectors(toCounts, idf), isPair, idf, List.of(fromTexts, toTexts), analyzer,
                heads, vocabulary);
    }

    /**
     * The sentences of old ({@code isNew} false) or new point {@code point} as vectors over its
     * stemmed words (and compounds' heads), weighed as the points are; a sentence without a word
     * is an empty vector.
     */
    SparseVector[] sentencesOf(int point, boolean isNew) {
        int side = isNew ? 1 : 0;
        if (sentences[side] == null) {
            sentences[side] = new SparseVector[texts.get(side).size()][];
        }
        if (sentences[side][point] == null) {
            sentences[side][point] = sentenceVectors(texts.get(side).get(point));
        }
        return sentences[side][point];
    }

    private SparseVector[] sentenceVectors(String text) {
        var counts = new ArrayList<TreeMap<Integer, Integer>>();
        counts.add(new TreeMap<>());
        Matcher end = SENTENCE_END.matcher(text);
        int nextStart = end.find() ? end.end() : Integer.MAX_VALUE;
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                while (offset.startOffset() >= nextStart) {
                    counts.add(new TreeMap<>());
                    nextStart = end.find() ? end.end() : Integer.MAX_VALUE;
                }
                String stem = term.toString();
                TreeMap<Integer, Integer> sentence = counts.get(counts.size() - 1);
                sentence.merge(vocabulary.get(stem), 1, Integer::sum);
                String head = heads.get(stem);
                if (head != null) {
                    sentence.merge(vocabulary.get(head), 1, Integer::sum);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        var vectors = new SparseVector[counts.size()];
        for (int n = 0; n < vectors.length; n++) {
            int[][] arrays = arrays(counts.get(n));
            vectors[n] = weigh(arrays[0], arrays[1], idf);
        }
        return vectors;
    }

    List<SparseVector> from() {
        return from;
    }

    List<SparseVector> to() {
        return to;
    }

    /** The old draft's points over stemmed words only. */
    List<SparseVector> fromWords() {
        return fromWords;
    }

    /** The new draft's points over stemmed words only. */
    List<SparseVector> toWords() {
        return toWords;
    }

    int featureCount() {
        return idf.length;
    }

    /** The vector of several points read as one text. */
    SparseVector joined(List<SparseVector> parts) {
        var counts = new TreeMap<Integer, Integer>();
        for (SparseVector part : parts) {
            for (int k = 0; k < part.ids().length; k++) {
                counts.merge(part.ids()[k], part.counts()[k], Integer::sum);
            }
        }
        int[][] arrays = arrays(counts);
        return weigh(arrays[0], arrays[1], idf);
    }

    private static List<String> stems(Analyzer analyzer, String text) {
        var stems = new ArrayList<String>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        return stems;
    }

    /**
     * For each compound among the stems, its head: the longest word of at least
     * {@link #HEAD_MIN} letters that ends the compound and stands alone somewhere in the two
     * drafts ("bundesdienststrafgericht" → "gericht" when "Gerichte" occurs). A German compound
     * names a kind of its last part, and a redraft often swaps one compound for another with the
     * same head ("Dienststrafverfahren" → "Disziplinarverfahren").
     */
    private static Map<String, String> compoundHeads(List<List<String>> fromStems, List<List<String>> toStems) {
        var words = new HashSet<String>();
        fromStems.forEach(words::addAll);
        toStems.forEach(words::addAll);
        Map<String, String> heads = new HashMap<>();
        for (String word : words) {
            for (int start = MODIFIER_MIN; word.length() - start >= HEAD_MIN; start++) {
                if (words.contains(word.substring(start))) {
                    heads.put(word, word.substring(start));
                    break;
                }
            }
        }
        return heads;
    }

    /**
     * Feature ids (ascending) and counts of one text: stems, the heads of compound stems, and
     * pairs of adjacent stems; the ids of pairs are marked in {@code isPair}.
     */
    private static int[][] count(List<String> stems, Map<String, String> heads, Map<String, Integer> vocabulary, BitSet isPair) {
        var counts = new TreeMap<Integer, Integer>();
        String previous = null;
        for (String stem : stems) {
            counts.merge(vocabulary.computeIfAbsent(stem, s -> vocabulary.size()), 1, Integer::sum);
            String head = heads.get(stem);
            if (head != null) {
                counts.merge(vocabulary.computeIfAbsent(head, s -> vocabulary.size()), 1, Integer::sum);
            }
            if (previous != null) {
                int pair = vocabulary.computeIfAbsent(previous + ' ' + stem, s -> vocabulary.size());
                isPair.set(pair);
                counts.merge(pair, 1, Integer::sum);
            }
            previous = stem;
        }
        return arrays(counts);
    }

    /** Feature ids in ascending order and their counts, as two parallel arrays. */
    private static int[][] arrays(TreeMap<Integer, Integer> counts) {
        int[] ids = new int[counts.size()];
        int[] raw = new int[counts.size()];
        int k = 0;
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            ids[k] = entry.getKey();
            raw[k++] = entry.getValue();
        }
        return new int[][] {ids, raw};
    }

    private static List<SparseVector> vectors(List<int[][]> counts, float[] idf) {
        var vectors = new ArrayList<SparseVector>(counts.size());
        for (int[][] c : counts) {
            vectors.add(weigh(c[0], c[1], idf));
        }
        return vectors;
    }

    private static List<SparseVector> wordsOnly(List<SparseVector> vectors, BitSet isPair, float[] idf) {
        var words = new ArrayList<SparseVector>(vectors.size());
        for (SparseVector vector : vectors) {
            int kept = 0;
            for (int id : vector.ids()) {
                kept += isPair.get(id) ? 0 : 1;
            }
            int[] ids = new int[kept];
            int[] counts = new int[kept];
            int k = 0;
            for (int t = 0; t < vector.ids().length; t++) {
                if (!isPair.get(vector.ids()[t])) {
                    ids[k] = vector.ids()[t];
                    counts[k++] = vector.counts()[t];
                }
            }
            words.add(weigh(ids, counts, idf));
        }
        return words;
    }

    private static SparseVector weigh(int[] ids, int[] counts, float[] idf) {
        if (ids.length == 0) {
            return SparseVector.EMPTY;
        }
        float[] weights = new float[ids.length];
        double norm = 0;
        for (int k = 0; k < ids.length; k++) {
            weights[k] = (float) ((1.0 + Math.log(counts[k])) * idf[ids[k]]);
            norm += (double) weights[k] * weights[k];
        }
        float scale = (float) (1.0 / Math.sqrt(norm));
        for (int k = 0; k < weights.length; k++) {
            weights[k] *= scale;
        }
        return new SparseVector(ids, counts, weights);
    }
}
