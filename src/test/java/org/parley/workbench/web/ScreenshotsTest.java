package org.parley.workbench.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.parley.fixtures.ApiServer;

/**
 * Takes the README's screenshots of the main pages into the folder named by the system property
 * {@code parley.screenshots}: {@code mvn test -Dtest=ScreenshotsTest -Dparley.skipTags=none -Dparley.screenshots=docs/screenshots}.
 */
@Tag("screenshots")
@EnabledIfSystemProperty(named = "parley.screenshots", matches = ".+")
class ScreenshotsTest {
    private static final int MAX_HEIGHT = 2400;

    @Test
    void screenshots_ofTheMainPages() throws IOException {
        Path folder = Files.createDirectories(Path.of(System.getProperty("parley.screenshots")));
        Map<String, String> publicPages = Map.of(
                "negotiations", "/negotiations",
                "dashboard", "/negotiations/ukraine-2025",
                "draft", "/negotiations/ukraine-2025/drafts/A?point=21#point-21",
                "draft-withheld", "/negotiations/ukraine-2025/drafts/D",
                "compare", "/negotiations/ukraine-2025/compare?from=A&to=E",
                "matrix", "/negotiations/ukraine-2025/matrix?draft=A",
                "record", "/negotiations/ukraine-2025/record");
        try (DemoSite site = DemoSite.asPublic(); Browser browser = Browser.open(1280, 900)) {
            publicPages.forEach((name, page) -> take(browser, site.url(page), 1280, folder.resolve(name + ".png")));
        }
        try (DemoSite site = DemoSite.as(DemoSite.KESTRIA); Browser browser = Browser.open(1280, 900)) {
            take(browser, site.url("/negotiations/river-treaty"), 1280, folder.resolve("dashboard-river.png"));
            take(browser, site.url("/negotiations/river-treaty/matrix?draft=draft-2"), 1280, folder.resolve("matrix-river.png"));
            take(browser, site.url("/negotiations/river-treaty/compare?from=draft-2&to=draft-3&changes=1"), 1280,
                    folder.resolve("compare-river.png"));
            importDraftWithAMovedSentence(site);
            take(browser, site.url("/negotiations/river-treaty/compare?from=draft-2&to=draft-2m&changes=1"), 1280,
                    folder.resolve("compare-moved.png"));
        }
        try (DemoSite site = DemoSite.asPublic(); Browser browser = Browser.open(360, 740)) {
            take(browser, site.url("/negotiations/ukraine-2025/drafts/E"), 360, folder.resolve("draft-phone.png"));
        }
    }

    /** Kestria's redraft of draft 2 that carries the consultation article's second sentence into the review article. */
    private static void importDraftWithAMovedSentence(DemoSite site) {
        String carried = " If the Commission does not resolve it within 90 days, either Party may request negotiations at ministerial level.";
        String points = ApiServer.bundle(ApiServer.RIVER).drafts().get(1).points().stream()
                .map(p -> p.number().value() + ". " + p.text().replace(carried, "") + (p.number().value().equals("19") ? carried : ""))
                .collect(Collectors.joining("\n"));
        var response = new Http(site).post("/negotiations/river-treaty/drafts", Map.of("id", "draft-2m",
                "title", "Draft 2, Kestria's redraft of the dispute articles", "status", "proposed", "derivedFrom", "draft-2",
                "kind", "amends", "audience", "kestria,mediator", "points", points));
        if (response.statusCode() != 303) {
            throw new IllegalStateException("the redraft was refused: " + response.body());
        }
    }

    private static void take(Browser browser, String url, int width, Path file) {
        browser.driver().get(url);
        browser.driver().manage().window().setSize(new Dimension(width, 900));
        long height = (Long) browser.driver().executeScript("return document.documentElement.scrollHeight;");
        browser.driver().manage().window().setSize(new Dimension(width, (int) Math.min(height + 140, MAX_HEIGHT)));
        try {
            Files.write(file, browser.driver().getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
