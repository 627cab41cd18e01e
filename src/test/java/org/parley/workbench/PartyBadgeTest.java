package org.parley.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A badge's text colour reads on its background. */
class PartyBadgeTest {

    @Test
    void textColour_isWhiteOnDarkAndBlackOnLightColours() {
        assertThat(new PartyBadge("us", "US", "United States", "#0072B2").textColour()).isEqualTo("#ffffff");
        assertThat(new PartyBadge("ua", "UA", "Ukraine", "#E69F00").textColour()).isEqualTo("#000000");
        assertThat(new PartyBadge("x", "X", "X", "#ffffff").textColour()).isEqualTo("#000000");
    }
}
