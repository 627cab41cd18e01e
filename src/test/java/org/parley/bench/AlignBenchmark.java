package org.parley.bench;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.parley.compare.Aligner;
import org.parley.compare.Alignment;
import org.parley.compare.GreedyTfIdfMatcher;
import org.parley.compare.PointText;
import org.parley.compare.TextMoves;

/**
 * Align + redline of two drafts of {@code points} points (about 10% of points reworded, 5%
 * dropped, 5% added, 2% moved, some merged and split) against two baselines on the same texts:
 * the naive TF-IDF greedy matcher and a line diff; and, on the aligned drafts, finding the text
 * moved between rows. See docs/BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AlignBenchmark {

    private static final String[] WORDS = ("ceasefire border monitoring mission troops withdrawal sanctions relief elections "
            + "referendum guarantee security council parliament amnesty prisoners exchange humanitarian corridor "
            + "reconstruction fund energy grain exports nuclear plant inspection territory administration language "
            + "church minority rights navy port shipping insurance assets frozen bank neutrality alliance membership "
            + "army ceiling airspace drones artillery zone commission arbitration dispute deadline ratification treaty "
            + "protocol annex observers police courts property restitution refugees schools museums heritage pipeline").split(" ");

    /** German words, many of them compounds sharing heads, with the stop words that mark the language. */
    private static final String[] GERMAN_WORDS = ("der die das und für von mit den Waffenstillstand Grenze Überwachungsmission "
            + "Truppenabzug Sanktionen Wahlen Volksabstimmung Sicherheitsgarantie Sicherheitsrat Parlament Amnestie "
            + "Gefangenenaustausch Korridor Wiederaufbaufonds Energie Getreideausfuhr Kernkraftwerk Gebiet Verwaltung "
            + "Sprache Kirche Minderheitenrechte Hafen Schifffahrt Vermögen Bank Neutralität Bündnis Mitgliedschaft "
            + "Armee Obergrenze Luftraum Zone Kommission Schiedsverfahren Verfahren Streitbeilegungsverfahren Frist "
            + "Ratifikation Vertrag Protokoll Beobachter Polizei Gerichte Bundesgerichte Disziplinargerichte "
            + "Rückgabe Flüchtlinge Schulen Kulturerbe Gasleitung Gesetz Bundesgesetz Landesgesetz").split(" ");

    @Param({"100", "1000", "10000"})
    public int points;

    /** The language of the drafts: {@code english}, or {@code german} (stemmed, with compound heads). */
    @Param({"english"})
    public String language;

    /**
     * How the points are numbered: {@code flat} (1, 2, 3...), or {@code nested}, sections of ten
     * (a lead-in 1 over its items 1.1 to 1.9, then 2...), which the lead-in stage reads.
     */
    @Param({"flat"})
    public String numbering;

    private List<PointText> from;
    private List<PointText> to;
    private List<String> fromLines;
    private List<String> toLines;
    private Alignment aligned;

    @Setup
    public void makeDrafts() {
        var random = new Random(points);
        from = new ArrayList<>();
        for (int k = 1; k <= points; k++) {
            from.add(new PointText(number(k), sentence(random, 15 + random.nextInt(30))));
        }
        var texts = new ArrayList<String>();
        for (PointText point : from) {
            int roll = random.nextInt(100);
            if (roll < 5) {
                continue;
            } else if (roll < 10) {
                texts.add(sentence(random, 20));
                texts.add(point.text());
            } else if (roll < 20) {
                texts.add(point.text().replaceFirst("\\w+ \\w+", sentence(random, 2)));
            } else {
                texts.add(point.text());
            }
        }
        for (int m = 0; m < points / 50; m++) {
            texts.add(random.nextInt(texts.size()), texts.remove(random.nextInt(texts.size())));
        }
        to = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            to.add(new PointText(number(k + 1), texts.get(k)));
        }
        fromLines = from.stream().map(p -> p.number() + ". " + p.text()).toList();
        toLines = to.stream().map(p -> p.number() + ". " + p.text()).toList();
        aligned = new Aligner().align(from, to);
    }

    /** The number of the point at 1-based position {@code k}. */
    private String number(int k) {
        if (!numbering.equals("nested")) {
            return Integer.toString(k);
        }
        int section = (k - 1) / 10 + 1;
        int item = (k - 1) % 10;
        return item == 0 ? Integer.toString(section) : section + "." + item;
    }

    private String sentence(Random random, int words) {
        String[] vocabulary = language.equals("german") ? GERMAN_WORDS : WORDS;
        var text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
            if (random.nextInt(3) == 0) {
                text.append(" item").append(random.nextInt(1_000_000));
            }
        }
        return text.append('.').toString();
    }

    @Benchmark
    public Alignment aligner() {
        return new Aligner().align(from, to);
    }

    /** What the compare screen adds to an alignment: the text moved between its rows. */
    @Benchmark
    public List<TextMoves.TextMove> textMoves() {
        return TextMoves.find(aligned, from, to);
    }

    @Benchmark
    public Alignment naiveTfIdfGreedy() {
        return new GreedyTfIdfMatcher().align(from, to);
    }

    @Benchmark
    public Patch<String> lineDiff() {
        return DiffUtils.diff(fromLines, toLines);
    }
}
