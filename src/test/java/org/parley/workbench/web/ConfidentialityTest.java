package org.parley.workbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every page of the fictional treaty over HTTP, read as Lowmark, never shows what Kestria keeps with the mediator. */
class ConfidentialityTest {

    @Test
    void everyPage_readAsLowmark_leavesOutTheKestriaMediatorRecords() {
        try (DemoSite site = DemoSite.as(DemoSite.LOWMARK)) {
            Http http = new Http(site);
            for (String page : DemoSite.RIVER_PAGES) {
                assertThat(http.page(page)).as(page).doesNotContain(DemoSite.KESTRIA_MEDIATOR_SECRETS);
            }
        }
    }

    @Test
    void pages_readAsKestria_showThoseRecords() {
        try (DemoSite site = DemoSite.as(DemoSite.KESTRIA)) {
            Http http = new Http(site);

            assertThat(http.page("/negotiations/river-treaty/record")).contains("Proximity talks with Kestria", "drought floor is thirty-five");
            assertThat(http.page("/negotiations/river-treaty/drafts/draft-2?point=4")).contains("Privately");
        }
    }
}
