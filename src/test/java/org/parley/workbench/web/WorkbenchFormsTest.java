package org.parley.workbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbench's forms over HTTP, sent by the tracker acting for every party of the seed talks:
 * Post/Redirect/Get when valid, the form again with messages beside the fields when not.
 */
class WorkbenchFormsTest {
    private static final String UKRAINE = "/negotiations/ukraine-2025";

    private static DemoSite site;
    private static Http http;

    @BeforeAll
    static void start() {
        site = DemoSite.as(DemoSite.TRACKER);
        http = new Http(site);
    }

    @AfterAll
    static void stop() {
        site.close();
    }


    @Test
    void layout_namesWhoIsSignedInAndOffersToSignOut() {
        assertThat(http.page(UKRAINE + "/positions/new")).contains("Signed in as tracker", "action=\"/logout\"");
    }

    @Test
    void recordPosition_redirectsToThePointWhereItShows() {
        HttpResponse<String> response = http.post(UKRAINE + "/positions", Map.of("draft", "E", "point", "4", "party", "eu",
                "stance", "support", "reason", "Backs the guarantees", "audience", "public", "_csrf", ""));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue(UKRAINE + "/drafts/E?point=4#point-4");
        assertThat(http.page(UKRAINE + "/drafts/E?point=4")).contains("Backs the guarantees");
    }

    @Test
    void recordPosition_withBadInput_showsAMessageBesideEachField() {
        HttpResponse<String> response = http.post(UKRAINE + "/positions", Map.of("draft", "E", "point", "4", "party", "",
                "stance", "maybe", "audience", "public"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("id=\"party-error\"", "id=\"stance-error\"", "choose a stance", "aria-invalid=\"true\"")
                .contains("value=\"4\"");
    }

    @Test
    void recordPosition_onAPointTheDraftLacks_showsTheServicesRefusalBesideThePoint() {
        HttpResponse<String> response = http.post(UKRAINE + "/positions", Map.of("draft", "E", "point", "99", "party", "eu",
                "stance", "support", "audience", "public"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("id=\"point-error\"", "has no point 99");
    }

    @Test
    void addStatement_redirectsToTheRecord() {
        Map<String, String> form = Map.copyOf(Map.of("speaker", "ushakov", "saidOn", "2025-12-05", "words", "We wait.",
                "points", "E:2", "audience", "public", "outlet", "TASS", "url", "https://tass.example/1"));
        HttpResponse<String> response = http.post(UKRAINE + "/statements", form);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(http.page(UKRAINE + "/record")).contains("We wait.", "TASS");
    }

    @Test
    void addMeeting_withoutTitleOrValidStart_isRefusedBesideThoseFields() {
        HttpResponse<String> response = http.post(UKRAINE + "/meetings", Map.of("title", "", "start", "tomorrow", "audience", "public"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("id=\"title-error\"", "id=\"start-error\"");
    }

    @Test
    void importDraft_ofTextWithoutNumberedPoints_isRefusedBesideTheText() {
        HttpResponse<String> response = http.post(UKRAINE + "/drafts", Map.of("id", "F", "title", "Draft F", "status", "proposed",
                "audience", "public", "points", "no numbers here"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("id=\"points-error\"");
    }

    @Test
    void importDraft_ofNumberedText_addsTheDraft() {
        HttpResponse<String> response = http.post(UKRAINE + "/drafts", Map.of("id", "F", "title", "Draft F: a test", "status", "proposed",
                "derivedFrom", "E", "kind", "amends", "authors", "us", "audience", "public",
                "points", "1. A ceasefire along the line of contact.\n\n2. Talks on territory within a month."));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(http.page(UKRAINE + "/drafts/F")).contains("Showing 2 of 2 points", "A ceasefire along the line of contact.");
    }

    @Test
    void compare_withADraftInAnotherLanguage_saysWhyItsPointsAreDroppedAndAdded() {
        HttpResponse<String> response = http.post(UKRAINE + "/drafts", Map.of("id", "DE", "title", "Draft DE: eine Übersetzung",
                "status", "proposed", "derivedFrom", "E", "kind", "amends", "authors", "ua", "audience", "public",
                "points", "1. Die Souveränität der Ukraine wird von allen Unterzeichnern bestätigt.\n"
                        + "2. Eine Waffenruhe tritt in Kraft, sobald alle Parteien zugestimmt haben und die Truppen zurückgezogen sind."));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(http.page(UKRAINE + "/compare?from=E&to=DE")).contains("id=\"compare-notice\"",
                "The old draft reads as English and the new one as German");
    }

    @Test
    void importDraft_fromAnUploadedFile_addsTheDraft() {
        HttpResponse<String> response = http.postWithFile(UKRAINE + "/drafts", draftFields("G"), "points.file", "draft-g.md",
                "\uFEFF# Draft G\n1. A ceasefire along the line of contact.\n2. Talks on territory within a month.\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(http.page(UKRAINE + "/drafts/G")).contains("Showing 2 of 2 points", "Talks on territory within a month.");
    }

    @Test
    void importDraft_fromAnAkomaNtosoFile_addsItsArticles() throws java.io.IOException {
        byte[] treaty = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/akn/treaty-v2.xml"));

        HttpResponse<String> response = http.postWithFile(UKRAINE + "/drafts", draftFields("AKN"), "points.file", "treaty.xml", treaty);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(http.page(UKRAINE + "/drafts/AKN")).contains("Showing 5 of 5 points", "gauging station at Halden Bridge");
    }

    @Test
    void importDraft_fromAWordDocument_numbersItsPointsAsWordDoes() {
        byte[] docx = org.parley.interchange.Docx.of(
                org.parley.interchange.Docx.paragraph("Title", 0, 0, "Draft W"),
                org.parley.interchange.Docx.paragraph(null, 1, 0, "A ceasefire along the line of contact."),
                org.parley.interchange.Docx.paragraph(null, 1, 1, "monitored from the air."),
                org.parley.interchange.Docx.paragraph(null, 1, 0, "Talks on territory within a month."));

        HttpResponse<String> response = http.postWithFile(UKRAINE + "/drafts", draftFields("W"), "points.file", "draft-w.docx", docx);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(http.page(UKRAINE + "/drafts/W")).contains("Showing 3 of 3 points", "id=\"point-1.a\"", "monitored from the air.");
    }

    @Test
    void importDraft_fromAFileThatIsNotUtf8_isRefusedBesideTheFileAndKeepsNothing() {
        HttpResponse<String> response = http.postWithFile(UKRAINE + "/drafts", draftFields("H"), "points.file", "latin1.txt",
                "1. Caf\u00e9 talks resume.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("id=\"points.file-error\"", "expected UTF-8 text (invalid byte sequence").doesNotContain("id=\"points-error\"");
        assertThat(http.get(UKRAINE + "/drafts/H").statusCode()).isEqualTo(404);
    }

    @Test
    void importDraft_withTextAndAFile_orAFileOverTheLimit_isRefused() {
        Map<String, String> pasted = new java.util.HashMap<>(draftFields("I"));
        pasted.put("points", "1. Pasted.");
        HttpResponse<String> both = http.postWithFile(UKRAINE + "/drafts", pasted, "points.file", "i.md",
                "1. From a file.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] large = ("1. " + "word ".repeat(220_000)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> tooLarge = http.postWithFile(UKRAINE + "/drafts", draftFields("I"), "points.file", "large.md", large);

        assertThat(both.statusCode()).isEqualTo(422);
        assertThat(both.body()).contains("paste the text or choose a file, not both");
        assertThat(tooLarge.statusCode()).isEqualTo(422);
        assertThat(tooLarge.body()).contains("large.md is larger than 1024 KB");
        assertThat(http.get(UKRAINE + "/drafts/I").statusCode()).isEqualTo(404);
    }

    private static Map<String, String> draftFields(String id) {
        return Map.of("id", id, "title", "Draft " + id, "status", "proposed", "audience", "public");
    }

    @Test
    void confirmLink_redirectsToTheComparisonWhereTheRowShowsConfirmed() {
        HttpResponse<String> response = http.post(UKRAINE + "/links", Map.of("from", "A", "to", "E", "fromPoints", "1", "toPoints", "1",
                "kind", "reworded"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue(UKRAINE + "/compare?from=A&to=E#compare-summary");
        assertThat(http.page(UKRAINE + "/compare?from=A&to=E")).contains("class=\"tag confirmed\"", "class=\"confirm\"",
                "Correct a link").as("who confirmed it, and when")
                .containsPattern("reworded 1</span>\\s*<span class=\"tag confirmed\" title=\"Confirmed by tracker, \\d{1,2} \\w{3} \\d{4}\">");
    }

    @Test
    void compare_offersTheSuggestedLinksOfADroppedPoint_andLinkingOneConfirmsIt() {
        String page = http.page(UKRAINE + "/compare?from=A&to=E");
        assertThat(page).contains("class=\"perhaps-title\">Perhaps", "became 10</span>", "from 17</span>",
                "aria-label=\"Link 17 → 10 as reworded\"");

        HttpResponse<String> response = http.post(UKRAINE + "/links", Map.of("from", "A", "to", "E", "fromPoints", "17", "toPoints", "10",
                "kind", "reworded", "changes", "1"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue(UKRAINE + "/compare?from=A&to=E&changes=1#compare-summary");
        assertThat(http.page(UKRAINE + "/compare?from=A&to=E&changes=1")).contains(">reworded 17 → 10</span>")
                .doesNotContain("aria-label=\"Link 17 → 10 as reworded\"", "aria-label=\"Link 4 → 10");
    }

    private static final String RIVER_2_TO_3 = "/negotiations/river-treaty/compare?from=draft-2&to=draft-3";

    /** Kestria confirms that draft 2's {@code fromPoints} merged into draft 3's 15, and is sent back to the comparison. */
    private static void confirmRiverMerge(Http kestria, String fromPoints) {
        HttpResponse<String> response = kestria.post("/negotiations/river-treaty/links", Map.of("from", "draft-2", "to", "draft-3",
                "fromPoints", fromPoints, "toPoints", "15", "kind", "merged"));

        assertThat(response.statusCode()).isEqualTo(303);
    }

    @Test
    void compare_offersADroppedPointAsAPieceOfAMerge_andLinkingItMakesTheMerge() {
        try (DemoSite own = DemoSite.as(DemoSite.KESTRIA)) {
            Http kestria = new Http(own);
            assertThat(kestria.page(RIVER_2_TO_3)).contains("merged into 15 with 14",
                    "aria-label=\"Link 14 + 16 → 15 as merged\"", "columnheader\">Draft 2 (old)", "columnheader\">Draft 3 (new)")
                    .doesNotContain("Draft draft-2");

            confirmRiverMerge(kestria, "14,16");

            assertThat(kestria.page(RIVER_2_TO_3)).contains(">merged 14 + 16 → 15</span>")
                    .doesNotContain("dropped 16", "merged into 15 with 14");
        }
    }

    @Test
    void confirmLink_namingAMergesPointsOutOfOrder_showsTheMergeInTheDraftsOrderAsConfirmed() {
        try (DemoSite own = DemoSite.as(DemoSite.KESTRIA)) {
            Http kestria = new Http(own);

            confirmRiverMerge(kestria, "16,14");

            assertThat(kestria.page(RIVER_2_TO_3))
                    .containsPattern(">merged 14 \\+ 16 → 15</span>\\s*<span class=\"tag confirmed\" title=\"Confirmed by kestria delegate, "
                            + "\\d{1,2} \\w{3} \\d{4}\">confirmed</span>");
        }
    }

    @Test
    void withdrawLink_returnsThePointsToTheEngine_andTheRowIsNoLongerConfirmed() {
        String river = "/negotiations/river-treaty";
        String compare = river + "/compare?from=draft-2&to=draft-2-fallback";
        try (DemoSite own = DemoSite.as(DemoSite.KESTRIA)) {
            Http kestria = new Http(own);
            assertThat(kestria.page(compare)).contains("class=\"tag confirmed\"", "action=\"" + river + "/links/fallback-floor/withdraw\"",
                    "aria-label=\"Withdraw the confirmation of reworded 4\"", "aria-label=\"Correct: reworded 4\"");

            HttpResponse<String> response = kestria.post(river + "/links/fallback-floor/withdraw",
                    Map.of("from", "draft-2", "to", "draft-2-fallback", "changes", "1"));

            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).hasValue(compare + "&changes=1#compare-summary");
            assertThat(kestria.page(compare)).doesNotContain("class=\"tag confirmed\"", "/links/fallback-floor/withdraw");
            assertThat(kestria.post(river + "/links/fallback-floor/withdraw", Map.of("from", "draft-2", "to", "draft-2-fallback"))
                    .statusCode()).as("gone").isEqualTo(404);
        }
    }

    @Test
    void correctLink_fromARow_opensTheCorrectionFormFilledWithTheRowsPoints() {
        try (DemoSite own = DemoSite.as(DemoSite.TRACKER)) {
            Http tracker = new Http(own);
            String compare = tracker.page(UKRAINE + "/compare?from=A&to=E");
            assertThat(compare).contains("href=\"" + UKRAINE + "/compare?from=A&amp;to=E&amp;fromPoints=11&amp;toPoints=7&amp;kind=reworded"
                    + "#correct-title\" aria-label=\"Correct: reworded 11 → 7\"");

            String filled = tracker.page(UKRAINE + "/compare?from=A&to=E&fromPoints=11&toPoints=7&kind=reworded");

            assertThat(filled).contains("id=\"fromPoints\" name=\"fromPoints\" type=\"text\" value=\"11\"",
                    "id=\"toPoints\" name=\"toPoints\" type=\"text\" value=\"7\"", "<option value=\"reworded\" selected>reworded</option>");
            assertThat(compare).doesNotContain("type=\"text\" value=\"11\"");
            assertThat(tracker.page(UKRAINE + "/compare?from=A&to=E&fromPoints=%3Cb%3E&kind=x")).as("what the link carries is only text")
                    .contains("type=\"text\" value=\"&lt;b>\"").doesNotContain("<b>");
        }
        try (DemoSite visitor = DemoSite.asPublic()) {
            assertThat(new Http(visitor).page(UKRAINE + "/compare?from=A&to=E")).as("no party, no correcting")
                    .doesNotContain("Correct…", "correct-title");
        }
    }

    @Test
    void compare_notesASentenceThatMovedToAnotherPoint_onTheScreenInTheDownloadAndInTheTrajectory() {
        String moved = "The mission reports to the joint commission every thirty days.";
        for (String[] draft : new String[][] {
                {"MV1", "1. A monitoring mission verifies the withdrawal of heavy weapons. " + moved + "\n2. Sanctions are lifted in stages."},
                {"MV2", "1. A monitoring mission verifies the withdrawal of heavy weapons.\n2. Sanctions are lifted in stages. " + moved}}) {
            var fields = new java.util.HashMap<>(draftFields(draft[0]));
            fields.put("points", draft[1]);
            if (draft[0].equals("MV2")) {
                fields.put("derivedFrom", "MV1");
                fields.put("kind", "amends");
            }
            assertThat(http.post(UKRAINE + "/drafts", fields).statusCode()).isEqualTo(303);
        }

        String note = "moved to 2: “The mission reports to the joint commission every thirty days”";
        assertThat(http.page(UKRAINE + "/compare?from=MV1&to=MV2")).contains("<p class=\"moved\">" + note + "</p>",
                "2 points: 2 reworded, 0 dropped, 0 added; 1 passage moved between points",
                "<p class=\"moved\">moved from 1: “The mission reports to the joint commission every thirty days”</p>");
        assertThat(http.page(UKRAINE + "/compare?from=MV1&to=MV2"))
                .contains("<del class=\"moved-text\">The mission reports to the joint commission every thirty days</del>",
                        "<ins class=\"moved-text\">The mission reports to the joint commission every thirty days</ins>")
                .as("a deletion that is no move has no class").contains("<del>.</del>");
        assertThat(http.get(UKRAINE + "/compare/redline.html?from=MV1&to=MV2").body()).contains("<span class=\"moved\">" + note + "</span>");
        assertThat(http.page(UKRAINE + "/drafts/MV1?point=1")).as("the point's trajectory says where its words went")
                .contains("draft MV2: point 1 (reworded); words also in point 2");
    }

    @Test
    void compare_offersTheComparisonAsAStandalonePageToDownload() {
        assertThat(http.page(UKRAINE + "/compare?from=A&to=E&changes=1"))
                .contains("href=\"" + UKRAINE + "/compare/redline.html?from=A&amp;to=E&amp;changes=1\"");

        HttpResponse<String> page = http.get(UKRAINE + "/compare/redline.html?from=A&to=E&changes=1");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"redline-A-to-E.html\"");
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).startsWith("<!DOCTYPE html>")
                .contains("<h1>Draft A: the 28-point plan → Draft E: the 20-point framework</h1>",
                        "<input type=\"checkbox\" id=\"changes\" checked>")
                .as("the analyst's confirmed split is marked so")
                .containsPattern("<td class=\"kind\">split 12 → 8 \\+ 9 <span class=\"score\">0\\.\\d\\d</span> <span class=\"confirmed\">confirmed</span>")
                .doesNotContain("<script");
        assertThat(http.get(UKRAINE + "/compare/redline.html?from=A").statusCode()).isEqualTo(404);
        assertThat(http.get(UKRAINE + "/compare/redline.html?from=A&to=B").statusCode()).as("B's text is not held").isEqualTo(404);
        assertThat(http.get(UKRAINE + "/compare/redline.html?from=A&to=..%2Fx").statusCode()).isEqualTo(404);
    }

    @Test
    void correctLink_thatDoesNotFitItsKind_isRefusedOnTheComparison() {
        HttpResponse<String> response = http.post(UKRAINE + "/links", Map.of("from", "A", "to", "E", "fromPoints", "2", "toPoints", "2",
                "kind", "merged"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("does not fit", "Correct a link", "value=\"2\"");
    }

    @Test
    void correctLink_namingAPointTheDraftLacks_isRefusedBesideThatField() {
        HttpResponse<String> response = http.post(UKRAINE + "/links", Map.of("from", "A", "to", "E", "fromPoints", "99", "toPoints", "2",
                "kind", "reworded"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("id=\"fromPoints-error\"", "has no point 99");
    }

    @Test
    void recordPosition_byAViewerWhoActsForNoParty_isForbiddenWithTheReason() {
        try (DemoSite readOnly = DemoSite.asPublic()) {
            Http asPublic = new Http(readOnly);

            assertThat(asPublic.page(UKRAINE + "/positions/new")).contains("You act for no party of this negotiation");
            HttpResponse<String> response = asPublic.post(UKRAINE + "/positions", Map.of("draft", "E", "point", "4", "party", "eu",
                    "stance", "support", "audience", "public"));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).contains("does not act for eu");
        }
    }
}
