package org.parley.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FeatureSpaceTest {

    private static final String OLD_COURTS = "Der Bund kann für Dienststrafverfahren gegen Bundesbeamte Bundesdienststrafgerichte errichten.";
    private static final String NEW_COURTS = "Der Bund kann für seine Beamten Bundesgerichte für Disziplinarverfahren errichten.";
    private static final String ELSEWHERE = "Das Verfahren vor den Gerichten regelt ein Gesetz.";

    private static double words(FeatureSpace space, int from, int to) {
        return space.fromWords().get(from).cosine(space.toWords().get(to));
    }

    @Test
    void germanCompounds_shareTheirHead_whenTheHeadStandsAloneInTheDrafts() {
        FeatureSpace withHeads = FeatureSpace.of(List.of(OLD_COURTS, ELSEWHERE), List.of(NEW_COURTS, ELSEWHERE));
        FeatureSpace withoutHeads = FeatureSpace.of(List.of(OLD_COURTS), List.of(NEW_COURTS));

        assertThat(words(withHeads, 0, 0)).as("Dienststrafverfahren and Disziplinarverfahren are both Verfahren")
                .isGreaterThan(words(withoutHeads, 0, 0) + 0.1);
        assertThat(words(withoutHeads, 0, 0)).as("without a standalone Verfahren or Gericht only the plain words match")
                .isLessThan(0.5);
    }

    @Test
    void englishWords_areNotSplit() {
        FeatureSpace space = FeatureSpace.of(List.of("The shipyard builds the hull.", "A yard is free."),
                List.of("The graveyard keeps the hull.", "A yard is free."));

        assertThat(shared(space.fromWords().get(0), space.toWords().get(0))).as("hull alone, no head yard").isEqualTo(1);
    }

    @Test
    void germanCompounds_addTheirHeadAsOneMoreSharedWord() {
        FeatureSpace space = FeatureSpace.of(List.of(OLD_COURTS, ELSEWHERE), List.of(NEW_COURTS, ELSEWHERE));
        FeatureSpace plain = FeatureSpace.of(List.of(OLD_COURTS), List.of(NEW_COURTS));

        assertThat(shared(space.fromWords().get(0), space.toWords().get(0)))
                .as("bund, errichten, and the heads verfahr and gericht")
                .isEqualTo(shared(plain.fromWords().get(0), plain.toWords().get(0)) + 2);
    }

    private static long shared(SparseVector a, SparseVector b) {
        Set<Integer> ids = Arrays.stream(b.ids()).boxed().collect(Collectors.toSet());
        return Arrays.stream(a.ids()).filter(ids::contains).count();
    }
}
