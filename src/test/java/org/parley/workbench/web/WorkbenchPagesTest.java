package org.parley.workbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workbench's pages and forms over HTTP, on the real server with both demo negotiations, read as the public. */
class WorkbenchPagesTest {
    private static final String UKRAINE = "/negotiations/ukraine-2025";

    private static DemoSite site;
    private static Http http;

    @BeforeAll
    static void start() {
        site = DemoSite.asPublic();
        http = new Http(site);
    }

    @AfterAll
    static void stop() {
        site.close();
    }


    @Test
    void negotiations_listsOnlyWhatThePublicMayOpen() {
        assertThat(http.page("/negotiations")).contains("Ukraine peace talks 2025").doesNotContain("Serren River");
    }

    @Test
    void layout_offersThePublicToSignIn() {
        assertThat(http.page(UKRAINE)).contains("href=\"/login?next=/negotiations/ukraine-2025\"").doesNotContain("Sign out");
    }

    @Test
    void favicon_pointsAtTheIcon() {
        assertThat(http.get("/favicon.ico").headers().firstValue("Location")).hasValue("/assets/parley.svg");
        assertThat(http.get("/assets/parley.svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml");
    }

    @Test
    void root_redirectsToTheNegotiations() {
        assertThat(http.get("/").headers().firstValue("Location")).hasValue("/negotiations");
    }

    @Test
    void dashboard_drawsTheLineageAndShowsStandingAndTimeline() {
        String html = http.page(UKRAINE);

        assertThat(html).contains("<svg", "Draft A", "Draft E", "28 points", "20 points", "text not held", "amends", "counters");
        assertThat(html).contains("Where agreement stands", "Sticking points", "Timeline", "NBC News");
        assertThat(html).contains("data-party=\"us\"", "/negotiations/ukraine-2025/parties.css");
    }

    @Test
    void draft_showsEveryPointWithAChipPerPartyAndTheStanceWord() {
        String html = http.page(UKRAINE + "/drafts/E");

        assertThat(html).contains("Showing 20 of 20 points", "id=\"point-20\"", "data-stance=\"none\"", "no position");
    }

    @Test
    void draft_filteredByTopic_showsOnlyPointsOnThatTopic() {
        String html = http.page(UKRAINE + "/drafts/A?topic=territory");

        assertThat(html).containsPattern("Showing [1-9]\\d? of 28 points").doesNotContain("Showing 28 of 28");
    }

    @Test
    void draft_filteredByStance_showsOnlyPointsWhereAPartyTookIt() {
        assertThat(http.page(UKRAINE + "/drafts/A?stance=endorse")).doesNotContain("Showing 28 of 28");
    }

    @Test
    void draft_withPoint_opensItsHistory() {
        assertThat(http.page(UKRAINE + "/drafts/A?point=5")).contains("History of point 5", "Positions over time", "Through the drafts", "Became:", "draft E: point 3 (reworded)");
        assertThat(http.page(UKRAINE + "/drafts/A?point=16")).contains("draft E: point 6 (moved)");
        assertThat(http.page(UKRAINE + "/drafts/A?point=4")).contains("draft E: dropped, perhaps point 10");
    }

    @Test
    void draft_whoseTextIsWithheld_saysSoAndShowsWhatIsKnown() {
        String html = http.page(UKRAINE + "/drafts/D");

        assertThat(html).contains("Text withheld", "27 points", "RU, US").doesNotContain("class=\"points\"");
    }

    @Test
    void compare_showsTheSeedDraftsDifferencesFromAToE() {
        String html = http.page(UKRAINE + "/compare?from=A&to=E");

        assertThat(html).containsPattern("20 points: .*dropped, .*added");
        assertThat(html).contains("data-kind=\"dropped\"", "data-kind=\"reworded\"", "<del>", "<ins>", "→");
        assertThat(html).as("A28 → E20, the ceasefire, shares few words").containsPattern(
                "reworded 28 → 20</span>\\s*<span class=\"tag weak\"[^>]*>few words in common</span>");
        assertThat(html).as("both drafts are English").doesNotContain("compare-notice");
    }

    @Test
    void compare_marksTheRowsToCheck_andOffersToShowOnlyThose() {
        String html = http.page(UKRAINE + "/compare?from=A&to=E");

        assertThat(html).contains("class=\"compare-row to-check\" role=\"row\" data-kind=\"dropped\"",
                        "class=\"compare-row to-check\" role=\"row\" data-kind=\"added\"")
                .as("a weak link nobody confirmed").containsPattern("class=\"compare-row to-check\" role=\"row\" data-kind=\"reworded\">\\s*"
                        + "<div class=\"kind\" role=\"cell\"><span class=\"link-kind\" data-kind=\"reworded\">reworded 6 → 4</span>")
                .as("the analyst's confirmed split needs no look").containsPattern("class=\"compare-row\" role=\"row\" data-kind=\"split\"")
                .doesNotContain("class=\"compare-row to-check\" role=\"row\" data-kind=\"kept\"");
        long marked = html.lines().filter(line -> line.contains("class=\"compare-row to-check\"")).count();
        assertThat(html).contains("<input type=\"checkbox\" id=\"to-check\"> <label for=\"to-check\">Only the " + marked + " rows to check");
        assertThat(http.page(UKRAINE + "/compare?from=A&to=A")).doesNotContain("id=\"to-check\"");
    }

    @Test
    void compare_offersNoConfirmOrCorrectionToTheReadingPublic() {
        assertThat(http.page(UKRAINE + "/compare?from=A&to=E")).doesNotContain("class=\"confirm\"", "Correct a link");
    }

    @Test
    void compare_onlyChanges_leavesOutKeptPoints() {
        assertThat(http.page(UKRAINE + "/compare?from=A&to=E&changes=1")).doesNotContain("data-kind=\"kept\"");
    }

    @Test
    void matrix_showsEachPartyOnEachPointWithTotals() {
        String html = http.page(UKRAINE + "/matrix?draft=A");

        assertThat(html).contains("Accepting", "Accepts", "Objects", "How agreement moved", "/4</td>");
    }

    @Test
    void matrix_ofATopic_showsOnlyThePointsOnIt() {
        String all = http.page(UKRAINE + "/matrix?draft=A");
        String territory = http.page(UKRAINE + "/matrix?draft=A&topic=territory");

        assertThat(territory.split("class=\"cell\"").length).isLessThan(all.split("class=\"cell\"").length);
        assertThat(territory).contains("<option value=\"territory\" selected>");
    }

    @Test
    void record_showsMeetingsAndStatementsWithTheirSources() {
        assertThat(http.page(UKRAINE + "/record")).contains("Meetings", "Statements", "according to", "NBC News", "reported");
    }

    @Test
    void page_askedForByHtmx_answersOnlyItsLivePart() {
        String html = http.get(UKRAINE + "/drafts/E", "HX-Request", "true").body();

        assertThat(html).doesNotContain("<html", "<head").contains("id=\"point-1\"");
    }

    @Test
    void page_ofPrivateNegotiation_isNotFoundForThePublic() {
        HttpResponse<String> response = http.get("/negotiations/river-treaty");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Serren");
    }

    @Test
    void pages_carryNoInlineScriptOrHandler() {
        for (String path : new String[] {UKRAINE, UKRAINE + "/drafts/A?point=1", UKRAINE + "/compare", UKRAINE + "/matrix",
                UKRAINE + "/positions/new"}) {
            assertThat(http.page(path)).doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContainPattern("\\son[a-z]+=")
                    .doesNotContain("style=");
        }
    }

    @Test
    void forms_carryTheCsrfFieldAndTheLayoutItsMetaTag() {
        for (String form : new String[] {"/positions/new", "/statements/new", "/meetings/new", "/import"}) {
            assertThat(http.page(UKRAINE + form)).contains("<input type=\"hidden\" name=\"_csrf\"", "<meta name=\"csrf-token\"");
        }
    }
}
