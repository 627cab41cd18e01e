package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.fixtures.ApiServer.UKRAINE;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.fixtures.ApiServer;

/** Every kind of bad request gets its problem+json answer and changes nothing. */
class ApiErrorTest {
    private static final String N = "/api/negotiations/" + UKRAINE;
    private static final String US = UKRAINE + ":us";
    @RegisterExtension
    static final ApiServer api = ApiServer.withDemo();

    private static void assertProblem(ApiServer.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.contentType()).isTrue();
        assertThat(reply.json().path("status").asInt()).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/negotiations/nope", "/api/negotiations/nope/drafts", "/api/negotiations/nope/meetings",
            "/api/negotiations/nope/parties", N + "/drafts/Z", N + "/drafts/Z/board", N + "/drafts/Z/positions",
            N + "/meetings/nowhere", N + "/statements/nothing", N + "/drafts/A/points/99/trajectory", "/api/nothing"})
    void get_unknownIdIsNotFound(String path) {
        assertProblem(api.get(path), 404);
    }

    @Test
    void post_toUnknownNegotiationIsNotFound() {
        assertProblem(api.post("/api/negotiations/nope/parties", """
                {"id": "x", "name": "X", "kind": "state"}""", null), 404);
    }

    @Test
    void post_malformedJsonIsRefusedWithItsLine() {
        var reply = api.post(N + "/parties", "{\"id\": \"x\",\n \"name\": }", null);

        assertProblem(reply, 400);
        assertThat(reply.json().path("detail").asText()).contains("line 2");
    }

    @Test
    void post_missingRequiredFieldIsNamed() {
        var reply = api.post(N + "/parties", """
                {"id": "x", "kind": "state"}""", null);

        assertProblem(reply, 400);
        assertThat(reply.json().path("field").asText()).isEqualTo("name");
    }

    @Test
    void post_fieldOfTheWrongShapeIsNamed() {
        var reply = api.post(N + "/meetings", """
                {"id": "m", "title": "M", "start": "yesterday", "audience": {"public": true}}""", null);

        assertProblem(reply, 400);
        assertThat(reply.json().path("field").asText()).isEqualTo("start");
    }

    @Test
    void post_negotiationOtherThanTheUrlsIsRefused() {
        var reply = api.post(N + "/topics", """
                {"negotiationId": "river-treaty", "id": "t", "name": "T"}""", null);

        assertProblem(reply, 400);
        assertThat(reply.json().path("field").asText()).isEqualTo("negotiationId");
    }

    @Test
    void position_stanceOutsideTheScaleIsRefused() {
        var reply = api.post(N + "/positions", """
                {"partyId": "us", "draftId": "A", "point": "1", "stance": "maybe", "audience": {"public": true}}""", US);

        assertProblem(reply, 400);
        assertThat(reply.json().path("field").asText()).isEqualTo("stance");
        assertThat(reply.json().path("detail").asText()).contains("accept-with-reservations");
    }

    @Test
    void position_onAPointTheDraftLacksIsRefused() {
        var reply = api.post(N + "/positions", """
                {"partyId": "us", "draftId": "A", "point": "99", "stance": "oppose", "audience": {"public": true}}""", US);

        assertProblem(reply, 400);
        assertThat(reply.json().path("field").asText()).isEqualTo("point");
    }

    @Test
    void body_over10MegabytesIsRefused() {
        String status = api.statusLineForAnnouncedBody(N + "/drafts/import?audience=public", 10L * 1024 * 1024 + 1);

        assertThat(status).startsWith("HTTP/1.1 413 ");
    }

    @Test
    void draft_withDuplicatePointNumbersIsRefused() {
        var reply = api.post(N + "/drafts", """
                {"id": "dup", "title": "Dup", "audience": {"public": true},
                 "points": [{"number": "1", "text": "One."}, {"number": "1", "text": "Again."}]}""", null);

        assertProblem(reply, 400);
        assertThat(reply.json().path("field").asText()).isEqualTo("points");
    }

    @Test
    void draft_withoutPointsIsRefused() {
        assertProblem(api.post(N + "/drafts", """
                {"id": "empty", "title": "Empty", "audience": {"public": true}, "points": []}""", null), 400);
    }

    @Test
    void draft_withATakenIdConflicts() {
        assertProblem(api.post(N + "/drafts", """
                {"id": "A", "title": "Again", "audience": {"public": true}, "points": [{"number": "1", "text": "One."}]}""", null), 409);
    }

    @Test
    void import_malformedTextIsRefusedNamingTheLine() {
        var reply = api.post(N + "/drafts/import?audience=public", "text/plain", "Intro.\n1. One.\n2. Two.\n1. One again.\n", null);

        assertProblem(reply, 400);
        assertThat(reply.json().path("line").asInt()).isEqualTo(4);
        assertThat(reply.json().path("detail").asText()).contains(":4:").contains("\"1\" was used on line 2");
    }

    @Test
    void import_withoutNumberedPointsIsRefused() {
        var reply = api.post(N + "/drafts/import?audience=public", "text/plain", "Just prose.\nNo points.\n", null);

        assertProblem(reply, 400);
        assertThat(reply.json().path("line").asInt()).isEqualTo(3);
    }

    @Test
    void import_withoutAnAudienceIsRefused() {
        var reply = api.post(N + "/drafts/import", "text/plain", "1. One.\n", null);

        assertProblem(reply, 400);
        assertThat(reply.json().path("field").asText()).isEqualTo("audience");
    }

    @ParameterizedTest
    @ValueSource(strings = {"date=23.11.2025", "authors=no%20one", "status=signed", "derivedFrom=A:copies", "existence=no%20one"})
    void import_withABadQueryParameterNamesIt(String query) {
        var reply = api.post(N + "/drafts/import?audience=public&" + query, "text/plain", "1. One.\n", US);

        assertProblem(reply, 400);
        assertThat(reply.json().path("field").asText()).isEqualTo(query.substring(0, query.indexOf('=')));
    }

    @Test
    void position_recordedInAnotherNameIsRefused() {
        var reply = api.post(N + "/positions", """
                {"partyId": "us", "draftId": "A", "stance": "accept", "audience": {"public": true}, "recordedBy": "someone else"}""", US);

        assertProblem(reply, 400);
        assertThat(reply.json().path("field").asText()).isEqualTo("recordedBy");
    }

    @Test
    void import_failedLeavesNoRowsBehind() {
        int drafts = api.rows("draft");
        int points = api.rows("point");
        int events = api.rows("ledger_entry");

        assertProblem(api.post(N + "/drafts/import?id=K&audience=public", "text/plain", "1. One.\n1. Twice.\n", null), 400);
        assertProblem(api.post(N + "/drafts/import?id=K&audience=public&authors=nobody", "text/plain", "1. One.\n2. Two.\n", null), 400);
        assertProblem(api.post(N + "/drafts/import?id=K&audience=public&derivedFrom=Z", "text/plain", "1. One.\n2. Two.\n", null), 400);

        assertThat(api.rows("draft")).isEqualTo(drafts);
        assertThat(api.rows("point")).isEqualTo(points);
        assertThat(api.rows("ledger_entry")).isEqualTo(events);
        assertThat(api.get(N + "/drafts/K").status()).isEqualTo(404);
    }

    @Test
    void disclose_narrowingConflicts() {
        var reply = api.post(N + "/drafts/A/disclose", """
                {"audience": {"public": false, "parties": ["us"]}}""", US);

        assertProblem(reply, 409);
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=ten", "offset=-1"})
    void list_badPageIsRefused(String query) {
        var reply = api.get(N + "/parties?" + query);

        assertProblem(reply, 400);
        assertThat(reply.json().path("field").asText()).isIn("limit", "offset");
    }

    @Test
    void compare_withoutBothDraftsIsRefused() {
        var reply = api.get(N + "/compare?from=A");

        assertProblem(reply, 400);
        assertThat(reply.json().path("field").asText()).isEqualTo("to");
    }
}
