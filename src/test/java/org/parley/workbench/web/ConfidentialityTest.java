package org.parley.workbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.draft.LinkConfirmation;

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
    void compareWithTheFallbackDraft_readAsLowmark_neitherShowsNorSuggestsItsPoints() {
        String compare = "/negotiations/river-treaty/compare?from=draft-2&to=draft-2-fallback";
        try (DemoSite site = DemoSite.as(DemoSite.KESTRIA)) {
            assertThat(new Http(site).page(compare)).as("Kestria reads the fallback, and is offered its point 6a")
                    .contains("became 6a", "Compensation releases. Where Kestria cannot hold");
        }
        try (DemoSite site = DemoSite.as(DemoSite.LOWMARK)) {
            assertThat(new Http(site).page(compare)).doesNotContain("Compensation releases", "Kestria cannot hold", "Upper Reservoir");
        }
    }

    @Test
    void redlineWithTheFallbackDraft_isNotFoundByLowmark() {
        String redline = "/negotiations/river-treaty/compare/redline.html?from=draft-2&to=draft-2-fallback";
        try (DemoSite site = DemoSite.as(DemoSite.KESTRIA)) {
            assertThat(new Http(site).get(redline).body()).contains("Compensation releases. Where Kestria cannot hold");
        }
        try (DemoSite site = DemoSite.as(DemoSite.LOWMARK)) {
            var hidden = new Http(site).get(redline);

            assertThat(hidden.statusCode()).isEqualTo(404);
            assertThat(hidden.body()).doesNotContain("Compensation releases", "Kestria cannot hold");
            assertThat(new Http(site).get("/negotiations/river-treaty/compare/redline.html?from=draft-1&to=draft-2").body())
                    .contains("<!DOCTYPE html>").doesNotContain(DemoSite.KESTRIA_MEDIATOR_SECRETS);
        }
    }

    @Test
    void withdrawingTheFallbackConfirmation_asLowmark_isNotFoundAndChangesNothing() {
        try (DemoSite site = DemoSite.as(DemoSite.LOWMARK)) {
            var refused = new Http(site).post("/negotiations/river-treaty/links/fallback-floor/withdraw",
                    Map.of("from", "draft-2", "to", "draft-2-fallback"));

            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(refused.body()).doesNotContain(DemoSite.KESTRIA_MEDIATOR_SECRETS).doesNotContain("Compensation releases");
            assertThat(site.workbench().lineage().allConfirmed(DemoSite.RIVER, DemoSite.KESTRIA))
                    .extracting(LinkConfirmation::id).contains("fallback-floor");
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
