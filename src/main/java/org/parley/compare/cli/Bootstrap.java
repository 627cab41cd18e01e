package org.parley.compare.cli;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How sure a difference in F1 between the aligner and the baseline is: a paired bootstrap over
 * the old points of the scored cases (each old point with all the pairs it takes part in, for
 * both methods and the gold), resampled with replacement, the interval read from the
 * percentiles (B. Efron and R. Tibshirani, An Introduction to the Bootstrap, 1993, ch. 13).
 */
final class Bootstrap {

    /** The pairs of one old point: the aligner's and the baseline's scores over them. */
    record Unit(Evaluation.Score engine, Evaluation.Score baseline) {
    }

    /** The observed difference and the bounds of its 95 % interval. */
    record Interval(double observed, double low, double high) {
    }

    private Bootstrap() {
    }

    /** Engine F1 minus baseline F1 over {@code units}, with a 95 % interval from {@code resamples} resamples. */
    static Interval f1Difference(List<Unit> units, int resamples, long seed) {
        double observed = difference(units.stream().map(Unit::engine).reduce(Evaluation.Score::plus).orElse(NONE),
                units.stream().map(Unit::baseline).reduce(Evaluation.Score::plus).orElse(NONE));
        if (units.isEmpty()) {
            return new Interval(observed, observed, observed);
        }
        var random = new SplittableRandom(seed);
        double[] differences = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            int[] engine = new int[3];
            int[] baseline = new int[3];
            for (int k = 0; k < units.size(); k++) {
                Unit unit = units.get(random.nextInt(units.size()));
                add(engine, unit.engine());
                add(baseline, unit.baseline());
            }
            differences[r] = difference(score(engine), score(baseline));
        }
        Arrays.sort(differences);
        return new Interval(observed, differences[(int) Math.floor(0.025 * (resamples - 1))],
                differences[(int) Math.ceil(0.975 * (resamples - 1))]);
    }

    private static final Evaluation.Score NONE = new Evaluation.Score(0, 0, 0);

    private static void add(int[] sums, Evaluation.Score score) {
        sums[0] += score.correct();
        sums[1] += score.predicted();
        sums[2] += score.gold();
    }

    private static Evaluation.Score score(int[] sums) {
        return new Evaluation.Score(sums[0], sums[1], sums[2]);
    }

    private static double difference(Evaluation.Score engine, Evaluation.Score baseline) {
        return engine.f1() - baseline.f1();
    }
}
