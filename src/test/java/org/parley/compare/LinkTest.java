package org.parley.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkTest {

    private static Link link(List<String> from, List<String> to, LinkKind kind) {
        return new Link(from, to, kind, 0.5, List.of());
    }

    @Test
    void label_namesBothSidesOnlyWhenTheNumbersDiffer() {
        assertThat(link(List.of("4"), List.of("4"), LinkKind.REWORDED).label()).isEqualTo("reworded 4");
        assertThat(link(List.of("21"), List.of("14"), LinkKind.RENUMBERED).label()).isEqualTo("renumbered 21 → 14");
        assertThat(link(List.of("5", "10"), List.of("3"), LinkKind.MERGED).label()).isEqualTo("merged 5 + 10 → 3");
        assertThat(link(List.of("12"), List.of("8", "9"), LinkKind.SPLIT).numbers()).isEqualTo("12 → 8 + 9");
    }

    @Test
    void link_refusesAKindItsShapeDoesNotFit() {
        assertThatThrownBy(() -> link(List.of("1"), List.of("2", "3"), LinkKind.MERGED)).hasMessageContaining("merged does not fit");
    }
}
