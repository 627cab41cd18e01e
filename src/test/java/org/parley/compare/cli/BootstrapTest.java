package org.parley.compare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static Bootstrap.Unit unit(int engineCorrect, int baselineCorrect) {
        return new Bootstrap.Unit(new Evaluation.Score(engineCorrect, 1, 1), new Evaluation.Score(baselineCorrect, 1, 1));
    }

    @Test
    void f1Difference_ofMethodsThatAgreeEverywhere_isZeroWithoutDoubt() {
        List<Bootstrap.Unit> units = Collections.nCopies(40, unit(1, 1));

        Bootstrap.Interval interval = Bootstrap.f1Difference(units, 500, 7);

        assertThat(interval).isEqualTo(new Bootstrap.Interval(0, 0, 0));
    }

    @Test
    void f1Difference_whenOnlyTheEngineIsRight_isOneWithoutDoubt() {
        Bootstrap.Interval interval = Bootstrap.f1Difference(Collections.nCopies(40, unit(1, 0)), 500, 7);

        assertThat(interval).isEqualTo(new Bootstrap.Interval(1, 1, 1));
    }

    @Test
    void f1Difference_ofAFewDisagreements_isObservedInsideAnIntervalThatSpansZero() {
        var units = new ArrayList<Bootstrap.Unit>();
        units.addAll(Collections.nCopies(36, unit(1, 1)));
        units.addAll(Collections.nCopies(2, unit(1, 0)));
        units.addAll(Collections.nCopies(2, unit(0, 1)));

        Bootstrap.Interval interval = Bootstrap.f1Difference(units, 2000, 7);

        assertThat(interval.observed()).isCloseTo(0, within(1e-12));
        assertThat(interval.low()).isNegative();
        assertThat(interval.high()).isPositive();
        assertThat(interval.high() - interval.low()).as("two in forty points differ either way").isBetween(0.05, 0.3);
        assertThat(Bootstrap.f1Difference(units, 2000, 7)).as("the same seed, the same interval").isEqualTo(interval);
    }

    @Test
    void f1Difference_ofNoUnits_isZero() {
        assertThat(Bootstrap.f1Difference(List.of(), 100, 1)).isEqualTo(new Bootstrap.Interval(0, 0, 0));
    }
}
