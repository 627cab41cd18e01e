package org.parley.workbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The workbench in headless Chromium against the real server, used by the tracker who acts for every party of the seed talks. */
class WorkbenchBrowserTest {
    private static final String UKRAINE = "/negotiations/ukraine-2025";
    private static final List<String> PAGES = List.of("/negotiations", UKRAINE, UKRAINE + "/drafts/A", UKRAINE + "/drafts/A?point=21",
            UKRAINE + "/drafts/D", UKRAINE + "/drafts/E?topic=security-guarantees", UKRAINE + "/compare?from=A&to=E",
            UKRAINE + "/matrix", UKRAINE + "/record", UKRAINE + "/positions/new", UKRAINE + "/statements/new",
            UKRAINE + "/meetings/new", UKRAINE + "/import");

    private static DemoSite site;

    @BeforeAll
    static void start() {
        site = DemoSite.as(DemoSite.TRACKER);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void everyPage_rendersWithoutConsoleErrors() {
        try (Browser browser = Browser.open()) {
            for (String page : PAGES) {
                browser.driver().get(site.url(page));

                assertThat(browser.driver().findElement(By.tagName("h1")).getText()).as(page).isNotBlank();
                assertThat(browser.consoleErrors()).as(page).isEmpty();
            }
        }
    }

    @Test
    void positionRecordedInOneBrowser_appearsLiveInAnother() {
        try (Browser watching = Browser.open(); Browser recording = Browser.open()) {
            watching.driver().get(site.url(UKRAINE + "/drafts/E"));
            watching.driver().executeScript("window.notReloaded = true;");
            waitForLiveStream(watching);

            recording.driver().get(site.url(UKRAINE + "/positions/new?draft=E"));
            recording.driver().findElement(By.id("point")).sendKeys("9");
            new Select(recording.driver().findElement(By.id("party"))).selectByValue("ru");
            new Select(recording.driver().findElement(By.id("stance"))).selectByValue("block");
            recording.driver().findElement(By.id("reason")).sendKeys("Seen live");
            submit(recording, "form.record button[type=submit]");
            assertThat(recording.driver().getCurrentUrl()).contains("/drafts/E?point=9");

            new WebDriverWait(watching.driver(), Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class).until(d ->
                    d.findElement(By.cssSelector("#point-9 .chips")).getText().contains("RU block"));
            assertThat(watching.driver().executeScript("return window.notReloaded === true;")).isEqualTo(true);
            assertThat(watching.consoleErrors()).isEmpty();
        }
    }

    @Test
    void livePage_afterTheServerDroppedItsConnection_reconnectsAndShowsWhatItMissed() {
        try (DemoSite restarting = DemoSite.as(DemoSite.TRACKER); Browser watching = Browser.open()) {
            watching.driver().get(restarting.url(UKRAINE + "/drafts/E"));
            waitForLiveStream(watching);

            restarting.restart(() -> restarting.workbench().positions().record(LiveStreamTest.aPositionOnE("us", "Missed while away"),
                    DemoSite.TRACKER).orElseThrow());

            new WebDriverWait(watching.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d ->
                    d.findElement(By.cssSelector("#point-10 .chips")).getText().contains("US oppose"));
            waitForLiveStream(watching);
        }
    }

    /** Clicks the button and waits for the page it leads to. */
    static void submit(Browser browser, String button) {
        WebElement before = browser.driver().findElement(By.tagName("html"));
        browser.driver().findElement(By.cssSelector(button)).click();
        // Chromium reports an element of a replaced document either as stale or as a node that "does not
        // belong to the document": both mean the next page has come.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d -> {
            try {
                before.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    /** Waits until the page's event source is open, so that no change can slip by before it listens. */
    static void waitForLiveStream(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class).until(d ->
                "open".equals(d.findElement(By.id("live")).getAttribute("data-live")));
    }

    @Test
    void compare_showsTheSeedDraftsDifferences() {
        try (Browser browser = Browser.open()) {
            browser.driver().get(site.url(UKRAINE + "/compare?from=A&to=E"));

            assertThat(browser.driver().findElement(By.id("compare-summary")).getText()).matches("20 points: .*\\d+ dropped, \\d+ added");
            assertThat(kinds(browser)).contains("dropped", "added", "reworded");
            assertThat(browser.driver().findElements(By.cssSelector(".compare del"))).isNotEmpty();
            assertThat(browser.driver().findElements(By.cssSelector(".compare ins"))).isNotEmpty();
            assertThat(browser.driver().findElement(By.id("redline-download")).getAttribute("href"))
                    .endsWith(UKRAINE + "/compare/redline.html?from=A&to=E");

            browser.driver().findElement(By.name("changes")).click();
            submit(browser, "form.filters button");

            assertThat(browser.driver().getCurrentUrl()).contains("changes=1");
            assertThat(kinds(browser)).doesNotContain("kept").isNotEmpty();
        }
    }

    @Test
    void compare_onlyTheRowsToCheck_hidesTheOthersWithoutAScript() {
        try (Browser browser = Browser.open()) {
            browser.driver().get(site.url(UKRAINE + "/compare?from=A&to=E"));
            List<WebElement> rows = browser.driver().findElements(By.cssSelector(".compare-row:not(.compare-head)"));
            long toCheck = rows.stream().filter(r -> r.getAttribute("class").contains("to-check")).count();
            assertThat(toCheck).isPositive().isLessThan(rows.size());

            browser.driver().findElement(By.cssSelector("label[for=to-check]")).click();

            assertThat(rows).filteredOn(WebElement::isDisplayed).hasSize((int) toCheck)
                    .allSatisfy(r -> assertThat(r.getAttribute("class")).contains("to-check"));
            assertThat(browser.driver().findElement(By.cssSelector(".compare-head")).isDisplayed()).isTrue();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void compare_linkingASuggestion_confirmsTheLinkInItsRow_andWithdrawingItOffersItAgain() {
        try (DemoSite own = DemoSite.as(DemoSite.TRACKER); Browser browser = Browser.open()) {
            browser.driver().get(own.url(UKRAINE + "/compare?from=A&to=E"));
            assertThat(browser.driver().findElement(By.cssSelector(".compare-row[data-kind=dropped] .perhaps")).getText())
                    .contains("Perhaps", "became 10");

            submit(browser, "button[aria-label='Link 17 → 10 as reworded']");

            WebElement row = browser.driver().findElement(
                    By.xpath("//div[contains(@class,'compare-row')][.//span[text()='reworded 17 → 10']]"));
            assertThat(row.findElement(By.cssSelector(".tag.confirmed")).getText()).isEqualTo("confirmed");
            assertThat(kinds(browser)).doesNotContain("added");

            submit(browser, "button[aria-label='Withdraw the confirmation of reworded 17 → 10']");

            assertThat(kinds(browser)).contains("added");
            assertThat(browser.driver().findElements(By.cssSelector("button[aria-label='Link 17 → 10 as reworded']")))
                    .as("the suggestion is offered again").hasSize(2);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void compare_correctingARow_opensTheFormFilledIn_andSavingItConfirmsTheCorrection() {
        try (DemoSite own = DemoSite.as(DemoSite.TRACKER); Browser browser = Browser.open()) {
            browser.driver().get(own.url(UKRAINE + "/compare?from=A&to=E"));

            submit(browser, "a[aria-label='Correct: dropped 17']");

            assertThat(browser.driver().findElement(By.id("fromPoints")).getAttribute("value")).isEqualTo("17");
            assertThat(browser.driver().findElement(By.id("kind")).getAttribute("value")).isEqualTo("dropped");
            browser.driver().findElement(By.id("toPoints")).sendKeys("10");
            new Select(browser.driver().findElement(By.id("kind"))).selectByValue("moved");
            submit(browser, "section.correct button[type=submit]");

            WebElement row = browser.driver().findElement(By.xpath("//div[contains(@class,'compare-row')][.//span[text()='moved 17 → 10']]"));
            assertThat(row.findElement(By.cssSelector(".tag.confirmed")).getText()).isEqualTo("confirmed");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void compare_marksASentenceThatMovedBetweenPointsApartFromDeletionsAndInsertions() {
        String moved = "The mission reports to the joint commission every thirty days.";
        try (DemoSite own = DemoSite.as(DemoSite.TRACKER); Browser browser = Browser.open()) {
            var http = new Http(own);
            for (String[] draft : new String[][] {
                    {"MV1", "1. A monitoring mission verifies the withdrawal of heavy weapons. " + moved + "\n2. Sanctions are lifted in stages."},
                    {"MV2", "1. A monitoring mission verifies the withdrawal of heavy weapons.\n2. Sanctions are lifted in stages. " + moved}}) {
                assertThat(http.post(UKRAINE + "/drafts", Map.of("id", draft[0], "title", "Draft " + draft[0], "status", "proposed",
                        "audience", "public", "points", draft[1])).statusCode()).isEqualTo(303);
            }

            browser.driver().get(own.url(UKRAINE + "/compare?from=MV1&to=MV2"));

            WebElement out = browser.driver().findElement(By.cssSelector(".compare-row .old del.moved-text"));
            WebElement in = browser.driver().findElement(By.cssSelector(".compare-row .new ins.moved-text"));
            assertThat(List.of(out.getText(), in.getText())).containsOnly("The mission reports to the joint commission every thirty days");
            assertThat(out.getCssValue("text-decoration-style")).isEqualTo("double");
            assertThat(in.getCssValue("text-decoration-style")).isEqualTo("double");
            assertThat(out.getCssValue("background-color")).isNotEqualTo(
                    browser.driver().findElement(By.cssSelector(".compare-row .old del:not(.moved-text)")).getCssValue("background-color"));
            assertThat(browser.driver().findElements(By.cssSelector(".compare-row p.moved"))).extracting(WebElement::getText)
                    .containsExactly("moved to 2: “The mission reports to the joint commission every thirty days”",
                            "moved from 1: “The mission reports to the joint commission every thirty days”");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private static List<String> kinds(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".compare-row[data-kind]")).stream().map(e -> e.getAttribute("data-kind"))
                .toList();
    }

    @Test
    void importForm_takesTheDraftFromAChosenFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(folder.resolve("draft-k.md"),
                "# Draft K\n1. The line of contact is frozen.\n2. Talks on the nuclear plant continue.\n");
        try (Browser browser = Browser.open()) {
            browser.driver().get(site.url(UKRAINE + "/import"));
            browser.driver().findElement(By.id("id")).sendKeys("K");
            browser.driver().findElement(By.id("title")).sendKeys("Draft K");
            browser.driver().findElement(By.id("audience")).clear();
            browser.driver().findElement(By.id("audience")).sendKeys("public");
            browser.driver().findElement(By.id("points-file")).sendKeys(file.toAbsolutePath().toString());
            submit(browser, "form.record button[type=submit]");

            assertThat(browser.driver().getCurrentUrl()).endsWith(UKRAINE + "/drafts/K");
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("Talks on the nuclear plant continue.");
        }
    }

    @Test
    void forms_rejectBadInputWithAMessageBesideTheField() {
        try (Browser browser = Browser.open()) {
            browser.driver().get(site.url(UKRAINE + "/positions/new?draft=E"));
            browser.driver().findElement(By.id("point")).sendKeys("99");
            new Select(browser.driver().findElement(By.id("party"))).selectByValue("eu");
            submit(browser, "form.record button[type=submit]");

            WebElement stanceField = browser.driver().findElement(By.id("stance")).findElement(By.xpath(".."));
            assertThat(stanceField.findElement(By.className("error")).getText()).contains("required");
            assertThat(browser.driver().findElement(By.id("stance")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.driver().findElement(By.id("point")).getAttribute("value")).isEqualTo("99");

            new Select(browser.driver().findElement(By.id("stance"))).selectByValue("support");
            submit(browser, "form.record button[type=submit]");

            WebElement pointField = browser.driver().findElement(By.id("point")).findElement(By.xpath(".."));
            assertThat(pointField.findElement(By.className("error")).getText()).contains("has no point 99");
            assertThat(browser.consoleErrors()).allMatch(e -> e.contains("status of 422"));
        }
    }
}
