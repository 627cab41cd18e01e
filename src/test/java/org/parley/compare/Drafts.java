package org.parley.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Test fixtures: drafts of realistic-looking, mutually distinct points. */
final class Drafts {

    private static final String[] WORDS = (
            "ceasefire border monitoring mission troops withdrawal sanctions relief elections referendum "
            + "guarantee security council parliament amnesty prisoners exchange humanitarian corridor "
            + "reconstruction fund energy grain exports nuclear plant inspection territory administration "
            + "language church minority rights navy port shipping insurance assets frozen central bank "
            + "neutrality alliance membership army ceiling airspace drones artillery demilitarised zone "
            + "commission arbitration dispute deadline ratification treaty protocol annex observers "
            + "police courts property restitution refugees return schools museums heritage pipeline gas").split(" ");

    private Drafts() {
    }

    /** A point text of about {@code words} words, different for every seed. */
    static String sentence(Random random, int words) {
        var text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
            if (random.nextInt(4) == 0) {
                text.append(' ').append("clause").append(random.nextInt(100_000));
            }
        }
        return text.append('.').toString();
    }

    /** {@code n} points numbered 1..n. */
    static List<PointText> aDraft(int n, long seed) {
        var random = new Random(seed);
        var points = new ArrayList<PointText>();
        for (int k = 1; k <= n; k++) {
            points.add(new PointText(Integer.toString(k), sentence(random, 12 + random.nextInt(20))));
        }
        return points;
    }

    static PointText point(String number, String text) {
        return new PointText(number, text);
    }
}
