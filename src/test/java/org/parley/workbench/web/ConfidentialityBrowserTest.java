package org.parley.workbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.access.Audience;
import org.parley.negotiation.PartyId;

/** The fictional treaty in headless Chromium as Lowmark: no page and no live update shows what Kestria keeps with the mediator. */
class ConfidentialityBrowserTest {
    private static final PartyId KESTRIA = PartyId.of("kestria");
    private static final PartyId LOWMARK = PartyId.of("lowmark");
    private static final PartyId MEDIATOR = PartyId.of("mediator");

    @Test
    void everyPageAndTheLiveStream_readAsLowmark_leaveOutTheKestriaMediatorRecords() throws Exception {
        try (DemoSite site = DemoSite.as(DemoSite.LOWMARK); Browser browser = Browser.open()) {
            for (String page : DemoSite.RIVER_PAGES) {
                browser.driver().get(site.url(page));

                assertThat(browser.driver().getPageSource()).as(page).doesNotContain(DemoSite.KESTRIA_MEDIATOR_SECRETS);
                assertThat(browser.consoleErrors()).as(page).isEmpty();
            }

            browser.driver().get(site.url("/negotiations/river-treaty/record"));
            WorkbenchBrowserTest.waitForLiveStream(browser);
            try (EventStream events = EventStream.open(site.url("/negotiations/river-treaty/events"))) {
                site.workbench().meetings().addStatement(LiveStreamTest.aStatement(Audience.of(KESTRIA, MEDIATOR)), DemoSite.KESTRIA)
                        .orElseThrow();
                site.workbench().meetings().addStatement(LiveStreamTest.aStatement(Audience.of(KESTRIA, LOWMARK, MEDIATOR)), DemoSite.KESTRIA)
                        .orElseThrow();

                assertThat(events.next(Duration.ofSeconds(3))).isEqualTo("statement.added");
                assertThat(events.next(Duration.ofMillis(300))).isNull();
            }
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class).until(d ->
                    d.findElements(By.xpath("//blockquote[contains(., 'We are close.')]")).size() == 1);
            assertThat(browser.driver().getPageSource()).doesNotContain(DemoSite.KESTRIA_MEDIATOR_SECRETS);
        }
    }
}
