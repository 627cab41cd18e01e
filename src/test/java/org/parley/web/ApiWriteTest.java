package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.fixtures.ApiServer.UKRAINE;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.fixtures.ApiServer;

/** Adding to the record over HTTP: every create answers 201 with the record, which then reads back. */
class ApiWriteTest {
    private static final String N = "/api/negotiations/" + UKRAINE;
    private static final String US = UKRAINE + ":us";
    @RegisterExtension
    static final ApiServer api = ApiServer.withDemo();

    @Test
    void negotiation_isCreatedWithMembers() {
        var created = api.post("/api/negotiations", """
                {"id": "coalition", "title": "Coalition talks", "mode": "inside", "isPublic": true}""", null);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("createdAt").asText()).isNotBlank();

        assertThat(api.post("/api/negotiations/coalition/parties", """
                {"id": "greens", "name": "Greens", "kind": "organisation"}""", null).status()).isEqualTo(201);
        assertThat(api.post("/api/negotiations/coalition/people", """
                {"id": "ana", "name": "Ana", "title": "chair", "partyId": "greens"}""", null).status()).isEqualTo(201);
        assertThat(api.post("/api/negotiations/coalition/topics", """
                {"id": "budget", "name": "Budget"}""", null).status()).isEqualTo(201);

        assertThat(api.get("/api/negotiations/coalition").json().path("title").asText()).isEqualTo("Coalition talks");
        assertThat(api.get("/api/negotiations/coalition/parties").ids()).containsExactly("greens");
        assertThat(api.get("/api/negotiations/coalition/people").ids()).containsExactly("ana");
        assertThat(api.get("/api/negotiations/coalition/topics").ids()).containsExactly("budget");
    }

    @Test
    void draft_addedAsJsonReadsBackWithItsPoints() {
        var created = api.post(N + "/drafts", """
                {"id": "F", "title": "Draft F", "authors": ["us"], "audience": {"public": true},
                 "derivedFrom": [{"from": "E", "kind": "amends"}],
                 "points": [{"number": "1", "text": "A ceasefire holds."}, {"number": "2", "text": "Talks go on."}]}""", US);

        assertThat(created.status()).isEqualTo(201);
        JsonNode f = api.get(N + "/drafts/F").json();
        assertThat(f.path("points")).extracting(p -> p.path("text").asText()).containsExactly("A ceasefire holds.", "Talks go on.");
        assertThat(f.path("status").asText()).isEqualTo("proposed");
    }

    @Test
    void draft_importedFromMarkdownKeepsPointsAndSections() {
        String text = """
                # Draft G
                Preamble of the draft.
                ## Security
                1. A ceasefire holds.
                2. Guarantees are given
                   by the allies.
                ## Territory
                **3.** Lines are frozen.
                """;

        var created = api.post(N + "/drafts/import?id=G&authors=ua,eu&audience=public&derivedFrom=A:counters&date=2025-11-23",
                "text/markdown", text, null);

        assertThat(created.status()).isEqualTo(201);
        JsonNode g = api.get(N + "/drafts/G").json();
        assertThat(g.path("title").asText()).isEqualTo("Draft G");
        assertThat(g.path("preamble").asText()).isEqualTo("Preamble of the draft.");
        assertThat(g.path("points")).extracting(p -> p.path("number").asText() + "|" + p.path("section").asText())
                .containsExactly("1|Security", "2|Security", "3|Territory");
        assertThat(g.path("points").get(1).path("text").asText()).isEqualTo("Guarantees are given\nby the allies.");
        assertThat(g.path("derivedFrom").get(0).path("kind").asText()).isEqualTo("counters");
    }

    @Test
    void draft_importedFromTheJsonDraftFormat() {
        var created = api.post(N + "/drafts/import?id=H&title=Draft%20H&audience=us,ru", "application/json", """
                {"title": "ignored", "points": [{"number": "1.1", "text": "First."}, {"number": "1.2", "text": "Second."}]}""", US);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("title").asText()).isEqualTo("Draft H");
        assertThat(api.get(N + "/drafts/H", US).json().path("points")).hasSize(2);
        assertThat(api.get(N + "/drafts/H").status()).isEqualTo(404);
    }

    @Test
    void draft_statusMovesOn() {
        var changed = api.post(N + "/drafts/E/status", """
                {"status": "tabled"}""", null);

        assertThat(changed.status()).isEqualTo(200);
        assertThat(api.get(N + "/drafts/E").json().path("status").asText()).isEqualTo("tabled");
    }

    @Test
    void draft_disclosedToThePublicIsNoLongerWithheld() {
        api.post(N + "/drafts/import?id=J&audience=us,ru&existence=public", "text/plain", "1. Secret terms.\n", US);
        assertThat(api.get(N + "/drafts/J").json().path("textWithheld").asBoolean()).isTrue();

        var disclosed = api.post(N + "/drafts/J/disclose", """
                {"audience": {"public": true}}""", US);

        assertThat(disclosed.status()).isEqualTo(200);
        JsonNode j = api.get(N + "/drafts/J").json();
        assertThat(j.path("textWithheld").asBoolean()).isFalse();
        assertThat(j.path("points")).hasSize(1);
    }

    @Test
    void position_isRecordedAndBecomesCurrentOnTheBoard() {
        var recorded = api.post(N + "/positions", """
                {"partyId": "us", "draftId": "A", "point": "1", "stance": "support", "reason": "Sovereignty first.",
                 "audience": {"public": true}}""", US);

        assertThat(recorded.status()).isEqualTo(201);
        String id = recorded.json().path("id").asText();
        assertThat(recorded.json().path("recordedBy").asText()).isEqualTo(US);
        assertThat(api.get(N + "/drafts/A/positions?limit=500").ids()).contains(id);
        JsonNode board = api.get(N + "/drafts/A/board").json();
        JsonNode first = board.path("points").get(0);
        assertThat(first.path("current")).extracting(p -> p.path("id").asText()).containsExactly(id);
        assertThat(first.path("state").asText()).isEqualTo("open");
    }

    @Test
    void meetingAndStatement_areRecordedAndRead() {
        var meeting = api.post(N + "/meetings", """
                {"id": "geneva", "title": "Talks in Geneva", "place": "Geneva", "start": "2025-11-23T10:00:00+01:00",
                 "duration": "PT3H", "parties": ["us", "ua"], "drafts": ["A"], "audience": {"public": true}}""", null);
        var statement = api.post(N + "/statements", """
                {"id": "st-geneva", "speakerId": "witkoff", "words": "Tremendous progress.", "saidOn": "2025-11-23",
                 "points": [{"draftId": "A", "point": "5"}], "topics": ["territory"], "audience": {"public": true}}""", null);

        assertThat(meeting.status()).isEqualTo(201);
        assertThat(statement.status()).isEqualTo(201);
        assertThat(api.get(N + "/meetings/geneva").json().path("duration").asText()).isEqualTo("PT3H");
        assertThat(api.get(N + "/statements/st-geneva").json().path("words").asText()).isEqualTo("Tremendous progress.");
        assertThat(api.get(N + "/statements").ids()).contains("st-geneva");
    }
}
