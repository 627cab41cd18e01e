package org.parley.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** What the sentences of a point are read from, when first asked for: the texts and their tokens. */
    private final List<List<String>> texts;
    private final List<List<Tokens>> tokens;
    /** Each old ({@code [0]}) and new ({@code [1]}) point's sentences as vectors, made when first asked for. */
    private final SparseVector[][][] sentences = new SparseVector[2][][];

    /**
     * The stems of a text, where in the text each starts, and, once counted, the feature of each
     * and of its head (-1 when it has none).
     */
    private record Stems(List<String> words, int[] starts, int[] features, int[] heads) {

        Tokens tokens() {
            return new Tokens(starts, features, heads);
        }
    }

    /** Where in a text each stem starts, its feature and its head's (-1 when it has none). */
    private record Tokens(int[] starts, int[] stems, int[] heads) {
    }

    private FeatureSpace(List<SparseVector> from, List<SparseVector> to, BitSet isPair, float[] idf, List<List<String>> texts,
            List<List<Tokens>> tokens) {
        this.from = from;
        this.to = to;
        this.fromWords = wordsOnly(from, isPair, idf);
        this.toWords = wordsOnly(to, isPair, idf);
        this.idf = idf;
        this.texts = texts;
        this.tokens = tokens;
    }

    static FeatureSpace of(List<String> fromTexts, List<String> toTexts) {
        Language language = Language.forComparing(fromTexts, toTexts);
        Analyzer analyzer = language.analyzer();
        List<Stems> fromStems = fromTexts.stream().map(text -> stems(analyzer, text)).toList();
        List<Stems> toStems = toTexts.stream().map(text -> stems(analyzer, text)).toList();
        Map<String, String> heads = language == Language.GERMAN ? compoundHeads(fromStems, toStems) : Map.of();
        Map<String, Integer> vocabulary = new HashMap<>();
        var isPair = new BitSet();
        var fromCounts = new ArrayList<int[][]>(fromTexts.size());
        var toCounts = new ArrayList<int[][]>(toTexts.size());
        for (Stems text : fromStems) {
            fromCounts.add(count(text, heads, vocabulary, isPair));
        }
        for (Stems text : toStems) {
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
        return new FeatureSpace(vectors(fromCounts, idf), vectors(toCounts, idf), isPair, idf, List.of(fromTexts, toTexts),
                List.of(fromStems.stream().map(Stems::tokens).toList(), toStems.stream().map(Stems::tokens).toList()));
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
            sentences[side][point] = sentenceVectors(texts.get(side).get(point), tokens.get(side).get(point));
        }
        return sentences[side][point];
    }

    private SparseVector[] sentenceVectors(String text, Tokens tokens) {
        var vectors = new ArrayList<SparseVector>();
        int[] sentence = new int[2 * tokens.stems().length];
        int count = 0;
        Matcher end = SENTENCE_END.matcher(text);
        int nextStart = end.find() ? end.end() : Integer.MAX_VALUE;
        for (int t = 0; t < tokens.starts().length; t++) {
            while (tokens.starts()[t] >= nextStart) {
                vectors.add(counted(sentence, count));
                count = 0;
                nextStart = end.find() ? end.end() : Integer.MAX_VALUE;
            }
            sentence[count++] = tokens.stems()[t];
            if (tokens.heads()[t] >= 0) {
                sentence[count++] = tokens.heads()[t];
            }
        }
        vectors.add(counted(sentence, count));
        return vectors.toArray(SparseVector[]::new);
    }

    /** The vector of the first {@code count} of {@code features}, which it sorts. */
    private SparseVector counted(int[] features, int count) {
        Arrays.sort(features, 0, count);
        int[] ids = new int[count];
        int[] counts = new int[count];
        int distinct = 0;
        for (int k = 0; k < count; k++) {
            if (distinct > 0 && ids[distinct - 1] == features[k]) {
                counts[distinct - 1]++;
            } else {
                ids[distinct] = features[k];
                counts[distinct++] = 1;
            }
        }
        return weigh(Arrays.copyOf(ids, distinct), Arrays.copyOf(counts, distinct), idf);
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

    private static Stems stems(Analyzer analyzer, String text) {
        var stems = new ArrayList<String>();
        int[] starts = new int[16];
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (stems.size() == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[stems.size()] = offset.startOffset();
                stems.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        return new Stems(stems, Arrays.copyOf(starts, stems.size()), new int[stems.size()], new int[stems.size()]);
    }

    /**
     * For each compound among the stems, its head: the longest word of at least
     * {@link #HEAD_MIN} letters that ends the compound and stands alone somewhere in the two
     * drafts ("bundesdienststrafgericht" → "gericht" when "Gerichte" occurs). A German compound
     * names a kind of its last part, and a redraft often swaps one compound for another with the
     * same head ("Dienststrafverfahren" → "Disziplinarverfahren").
     */
    private static Map<String, String> compoundHeads(List<Stems> fromStems, List<Stems> toStems) {
        var words = new HashSet<String>();
        fromStems.forEach(text -> words.addAll(text.words()));
        toStems.forEach(text -> words.addAll(text.words()));
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
     * pairs of adjacent stems; the ids of pairs are marked in {@code isPair}. The features of each
     * stem and its head go into {@code text}.
     */
    private static int[][] count(Stems text, Map<String, String> heads, Map<String, Integer> vocabulary, BitSet isPair) {
        var counts = new TreeMap<Integer, Integer>();
        String previous = null;
        for (int t = 0; t < text.words().size(); t++) {
            String stem = text.words().get(t);
            int feature = vocabulary.computeIfAbsent(stem, s -> vocabulary.size());
            counts.merge(feature, 1, Integer::sum);
            text.features()[t] = feature;
            text.heads()[t] = -1;
            String head = heads.get(stem);
            if (head != null) {
                text.heads()[t] = vocabulary.computeIfAbsent(head, s -> vocabulary.size());
                counts.merge(text.heads()[t], 1, Integer::sum);
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
