package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.fixtures.ApiServer.RIVER;
import static org.parley.fixtures.ApiServer.UKRAINE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.compare.Aligner;
import org.parley.compare.PointText;
import org.parley.draft.Draft;
import org.parley.fixtures.ApiServer;
import org.parley.interchange.AlignmentJson;
import org.parley.interchange.Json;

/** Comparing drafts, tracing points and confirming links over HTTP. */
class CompareApiTest {
    private static final String N = "/api/negotiations/" + RIVER;
    private static final String MEDIATOR = RIVER + ":mediator";

    @RegisterExtension
    static final ApiServer api = ApiServer.withDemo();

    @Test
    void compare_answersTheJsonOfTheCompareContract() throws Exception {
        List<Draft> drafts = ApiServer.bundle(RIVER).drafts();
        Draft first = drafts.get(0);
        Draft second = drafts.get(1);
        String expected = AlignmentJson.write(first.title(), first.points().size(), second.title(), second.points().size(),
                new Aligner().align(texts(first), texts(second)));

        var reply = api.get(N + "/compare?from=draft-1&to=draft-2", MEDIATOR);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(Json.mapper().readTree(expected));
        assertThat(reply.json().fieldNames()).toIterable().containsExactly("from", "to", "links", "dropped", "added");
    }

    private static List<PointText> texts(Draft draft) {
        return draft.points().stream().map(p -> new PointText(p.number().value(), p.text().replace('\n', ' '))).toList();
    }

    @Test
    void compare_ofPublicTextsIsOpenToThePublic() {
        var reply = api.get("/api/negotiations/" + UKRAINE + "/compare?from=A&to=E");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("from").path("points").asInt()).isEqualTo(28);
        assertThat(reply.json().path("to").path("points").asInt()).isEqualTo(20);
    }

    @Test
    void suggestions_pairWhatTheComparisonLeftDroppedAndAdded_bestFirst() {
        var compare = api.get("/api/negotiations/" + UKRAINE + "/compare?from=A&to=E").json();
        var reply = api.get("/api/negotiations/" + UKRAINE + "/compare/suggestions?from=A&to=E");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode items = reply.json().path("items");
        assertThat(items).isNotEmpty().allSatisfy(item -> {
            assertThat(compare.path("dropped")).extracting(JsonNode::asText).contains(item.at("/from/0").asText());
            assertThat(compare.path("added")).extracting(JsonNode::asText).contains(item.at("/to/0").asText());
            assertThat(item.path("kind").asText()).isIn("reworded", "moved");
        });
        assertThat(items).extracting(item -> item.path("score").asDouble()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(items).extracting(item -> item.path("from").toString() + "→" + item.path("to").toString()).contains("[\"17\"]→[\"10\"]");
        assertThat(reply.json().path("page").path("total").asInt()).isEqualTo(items.size());
        assertThat(api.get("/api/negotiations/" + UKRAINE + "/compare/suggestions?from=A&to=D").status()).isEqualTo(404);
        assertThat(api.get("/api/negotiations/" + UKRAINE + "/compare/suggestions?from=A").status()).isEqualTo(400);
    }

    @Test
    void compare_withATextNotHeldOrWithheldIsNotFound() {
        assertThat(api.get("/api/negotiations/" + UKRAINE + "/compare?from=A&to=D").status()).isEqualTo(404);
        assertThat(api.get("/api/negotiations/" + UKRAINE + "/compare?from=A&to=B").status()).isEqualTo(404);
    }

    @Test
    void trajectory_followsAPointThroughTheLineage() {
        JsonNode trajectory = api.get(N + "/drafts/draft-2/points/1/trajectory", MEDIATOR).json();

        assertThat(trajectory.path("draft").asText()).isEqualTo("draft-2");
        assertThat(trajectory.path("point").asText()).isEqualTo("1");
        assertThat(trajectory.path("earlier")).extracting(s -> s.path("draft").asText()).containsExactly("draft-1");
        assertThat(trajectory.path("later")).extracting(s -> s.path("draft").asText())
                .as("the mediator also reads the fallback text drawn from draft 2").containsExactlyInAnyOrder("draft-3", "draft-2-fallback");
        assertThat(trajectory.path("earlier").get(0).path("points")).isNotEmpty();
    }

    @Test
    void trajectory_stepsOverDraftsWhoseTextIsNotHeld() {
        JsonNode territory = api.get("/api/negotiations/" + UKRAINE + "/drafts/A/points/21/trajectory").json();

        assertThat(territory.path("later")).extracting(s -> s.path("draft").asText()).containsExactly("E");
        assertThat(territory.path("later").get(0).path("points")).extracting(JsonNode::asText).containsExactly("14");
        assertThat(territory.path("later").get(0).path("kinds")).extracting(JsonNode::asText).containsExactly("reworded");
    }

    @Test
    void confirmedLink_survivesRecomputationAndDrivesTheTrajectory() {
        var confirmed = api.post(N + "/compare/links", """
                {"from": "draft-1", "to": "draft-2", "fromPoints": ["3"], "toPoints": ["17"], "kind": "moved"}""", MEDIATOR);

        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        for (int recomputation = 0; recomputation < 2; recomputation++) {
            JsonNode comparison = api.get(N + "/compare?from=draft-1&to=draft-2", MEDIATOR).json();
            JsonNode link = link(comparison, "3");
            assertThat(link.path("to")).extracting(JsonNode::asText).containsExactly("17");
            assertThat(link.path("kind").asText()).isEqualTo("moved");
        }
        JsonNode trajectory = api.get(N + "/drafts/draft-1/points/3/trajectory", MEDIATOR).json();
        assertThat(trajectory.path("later").get(0).path("points")).extracting(JsonNode::asText).containsExactly("17");
    }

    @Test
    void confirmedLink_isCorrectedByALaterOneNamingTheSamePoint() {
        int events = ledgerEvents();
        api.post(N + "/compare/links", """
                {"from": "draft-2", "to": "draft-3", "fromPoints": ["2"], "toPoints": ["9"], "kind": "moved"}""", MEDIATOR);
        var corrected = api.post(N + "/compare/links", """
                {"from": "draft-2", "to": "draft-3", "fromPoints": ["2"], "toPoints": [], "kind": "dropped"}""", MEDIATOR);

        assertThat(corrected.status()).isEqualTo(201);
        JsonNode links = api.get(N + "/compare/links?from=draft-2&to=draft-3", MEDIATOR).json();
        assertThat(links.path("items")).singleElement().satisfies(l -> assertThat(l.path("kind").asText()).isEqualTo("dropped"));
        assertThat(api.get(N + "/compare?from=draft-2&to=draft-3", MEDIATOR).json().path("dropped"))
                .extracting(JsonNode::asText).contains("2");
        assertThat(ledgerEvents()).isEqualTo(events + 2);
    }

    @Test
    void confirmedLink_withdrawn_leavesThePointsToTheEngineAgain() {
        JsonNode engine = link(api.get(N + "/compare?from=draft-1&to=draft-2", MEDIATOR).json(), "1");
        var confirmed = api.post(N + "/compare/links", """
                {"from": "draft-1", "to": "draft-2", "fromPoints": ["1"], "toPoints": [], "kind": "dropped"}""", MEDIATOR);
        String id = confirmed.json().path("id").asText();
        assertThat(api.get(N + "/compare?from=draft-1&to=draft-2", MEDIATOR).json().path("dropped"))
                .extracting(JsonNode::asText).contains("1");

        var withdrawn = api.delete(N + "/compare/links/" + id, MEDIATOR);

        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().path("kind").asText()).isEqualTo("dropped");
        assertThat(link(api.get(N + "/compare?from=draft-1&to=draft-2", MEDIATOR).json(), "1")).isEqualTo(engine);
        assertThat(api.get(N + "/compare/links?from=draft-1&to=draft-2", MEDIATOR).json().path("items"))
                .noneMatch(l -> l.path("id").asText().equals(id));
        assertThat(ledgerEvents("link.withdrawn")).isEqualTo(1);
        var again = api.delete(N + "/compare/links/" + id, MEDIATOR);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.isProblem()).isTrue();
        assertThat(api.delete(N + "/compare/links/" + id, null).status()).as("the public cannot see it").isEqualTo(404);
    }

    private static int ledgerEvents() {
        return ledgerEvents("link.confirmed");
    }

    private static int ledgerEvents(String kind) {
        return api.workbench().database().read(() -> api.workbench().database().handle()
                .createQuery("SELECT COUNT(*) FROM ledger_entry WHERE kind = :kind").bind("kind", kind).mapTo(Integer.class).one());
    }

    private static JsonNode link(JsonNode comparison, String from) {
        for (JsonNode l : comparison.path("links")) {
            if (l.path("from").size() == 1 && l.path("from").get(0).asText().equals(from)) {
                return l;
            }
        }
        throw new AssertionError("no link from " + from + " in " + comparison);
    }

    @Test
    void confirmedLink_whoseKindDoesNotFitItsPointsIsRefused() {
        var reply = api.post(N + "/compare/links", """
                {"from": "draft-1", "to": "draft-2", "fromPoints": ["5", "6"], "toPoints": ["5"], "kind": "split"}""", MEDIATOR);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("field").asText()).isEqualTo("kind");
    }

    @Test
    void confirmedLink_toAPointTheDraftLacksIsRefused() {
        var reply = api.post(N + "/compare/links", """
                {"from": "draft-1", "to": "draft-2", "fromPoints": ["99"], "toPoints": ["5"], "kind": "reworded"}""", MEDIATOR);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("field").asText()).isEqualTo("fromPoints");
    }
}
