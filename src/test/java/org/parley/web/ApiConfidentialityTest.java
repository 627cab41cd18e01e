package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.fixtures.ApiServer.RIVER;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.draft.Draft;
import org.parley.fixtures.ApiServer;

/**
 * The river treaty read as Lowmark, which is shut out of the channel between Kestria and the
 * mediator: no list, read, comparison or trajectory shows a record of that channel. Each check is
 * made once as Kestria too, so the records are there to be hidden.
 */
class ApiConfidentialityTest {
    private static final String N = "/api/negotiations/" + RIVER;
    private static final String LOWMARK = RIVER + ":lowmark";
    private static final String KESTRIA = RIVER + ":kestria";
    private static final List<String> SIDE_CHANNEL = List.of("proximity-kestria", "st-veil-fallback", "side-d2-4-kestria",
            "side-d2-5-kestria", "draft-side", "draft-2-fallback", "fallback-6a-kestria", "Compensation releases");

    @RegisterExtension
    static final ApiServer api = ApiServer.withDemo();

    /** The sentence of draft-2's article 17 that the side draft carries into its article 19. */
    private static final String CARRIED = "If the Commission does not resolve it within 90 days, either Party may request negotiations at ministerial level";

    /** Adds a draft of the side channel derived from draft-2, one sentence moved in it, and a confirmed link into it. */
    @BeforeAll
    static void openASideDraft() {
        Draft second = ApiServer.bundle(RIVER).drafts().get(1);
        String text = second.points().stream().map(p -> p.number() + ". " + p.text().replace(" " + CARRIED + ".", "")
                + (p.number().value().equals("19") ? " " + CARRIED + "." : "")).collect(Collectors.joining("\n"));
        assertThat(text).containsOnlyOnce(CARRIED);
        assertThat(api.post(N + "/drafts/import?id=draft-side&title=Fallback&audience=kestria,mediator&derivedFrom=draft-2",
                "text/plain", text + "\n21. A fallback release of water in dry years.\n", KESTRIA).status()).isEqualTo(201);
        assertThat(api.post(N + "/compare/links", """
                {"from": "draft-2", "to": "draft-side", "fromPoints": ["1"], "toPoints": ["1"], "kind": "kept"}""", KESTRIA)
                .status()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/parties", "/people", "/topics", "/drafts", "/drafts?limit=500", "/meetings", "/statements",
            "/drafts/draft-1", "/drafts/draft-2", "/drafts/draft-3", "/drafts/draft-2/positions?limit=500", "/drafts/draft-2/board",
            "/drafts/draft-3/board", "/meetings/round-2", "/compare?from=draft-2&to=draft-3",
            "/compare/links?from=draft-2&to=draft-3", "/compare/suggestions?from=draft-2&to=draft-3",
            "/compare/moves?from=draft-2&to=draft-3", "/drafts/draft-2/points/1/trajectory", "/drafts/draft-2/points/4/trajectory", "/drafts/draft-1/points/5/trajectory"})
    void everyReadAsLowmark_showsNothingOfTheSideChannel(String path) {
        var reply = api.get(N + path, LOWMARK);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(SIDE_CHANNEL).noneMatch(reply.body()::contains);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/meetings/proximity-kestria", "/statements/st-veil-fallback", "/drafts/draft-side",
            "/drafts/draft-side/board", "/drafts/draft-side/positions", "/compare?from=draft-2&to=draft-side",
            "/compare/links?from=draft-2&to=draft-side", "/compare/suggestions?from=draft-2&to=draft-side",
            "/compare/moves?from=draft-2&to=draft-side", "/drafts/draft-side/points/1/trajectory"})
    void sideChannelRecord_isNotFoundByLowmarkButReadByKestria(String path) {
        var hidden = api.get(N + path, LOWMARK);

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.isProblem()).isTrue();
        assertThat(hidden.body()).doesNotContain("Fallback", "fallback release");
        assertThat(api.get(N + path, KESTRIA).status()).isEqualTo(200);
    }

    @Test
    void movesIntoTheSideDraft_areReadByKestria_andNotFoundByLowmarkOrThePublic() {
        var moves = api.get(N + "/compare/moves?from=draft-2&to=draft-side", KESTRIA).json().path("items");

        assertThat(moves).singleElement().satisfies(move -> {
            assertThat(move.path("from")).extracting(JsonNode::asText).containsExactly("17");
            assertThat(move.path("to")).extracting(JsonNode::asText).containsExactly("19");
            assertThat(move.path("text").asText()).isEqualTo(CARRIED);
            assertThat(move.path("words").asInt()).isEqualTo(18);
        });
        for (String reader : new String[] {LOWMARK, null}) {
            var hidden = api.get(N + "/compare/moves?from=draft-2&to=draft-side", reader);
            assertThat(hidden.status()).isEqualTo(404);
            assertThat(hidden.body()).doesNotContain("ministerial", "fallback release");
        }
    }

    @Test
    void trajectoryOfTheMovedSentencesPoint_namesWhereItsWordsWent_toKestriaOnly() {
        JsonNode later = api.get(N + "/drafts/draft-2/points/17/trajectory", KESTRIA).json().path("later");
        assertThat(later).filteredOn(s -> s.path("draft").asText().equals("draft-side")).singleElement().satisfies(station -> {
            assertThat(station.path("points")).extracting(JsonNode::asText).containsExactly("17");
            assertThat(station.path("carried")).extracting(JsonNode::asText).containsExactly("19");
        });

        var asLowmark = api.get(N + "/drafts/draft-2/points/17/trajectory", LOWMARK);
        assertThat(asLowmark.json().path("later")).noneMatch(s -> s.path("draft").asText().equals("draft-side"))
                .allSatisfy(s -> assertThat(s.path("carried")).isEmpty());
        assertThat(asLowmark.body()).doesNotContain("draft-side");
    }

    @Test
    void sideChannelRecords_areListedForKestria() {
        assertThat(api.get(N + "/meetings", KESTRIA).ids()).contains("proximity-kestria");
        assertThat(api.get(N + "/statements", KESTRIA).ids()).contains("st-veil-fallback");
        assertThat(api.get(N + "/drafts/draft-2/positions?limit=500", KESTRIA).ids()).contains("side-d2-4-kestria", "side-d2-5-kestria");
        assertThat(api.get(N + "/drafts", KESTRIA).ids()).contains("draft-side");
    }

    @Test
    void trajectory_followsTheSideDraftOnlyForItsReaders() {
        var asKestria = api.get(N + "/drafts/draft-2/points/1/trajectory", KESTRIA).json();
        var asLowmark = api.get(N + "/drafts/draft-2/points/1/trajectory", LOWMARK).json();

        assertThat(asKestria.path("later")).extracting(s -> s.path("draft").asText()).contains("draft-3", "draft-side");
        assertThat(asLowmark.path("later")).extracting(s -> s.path("draft").asText()).containsExactly("draft-3");
    }

    @Test
    void writesAsLowmark_cannotReachTheSideDraft() {
        assertThat(api.post(N + "/positions", """
                {"partyId": "lowmark", "draftId": "draft-side", "point": "1", "stance": "oppose",
                 "audience": {"public": false, "parties": ["lowmark"]}}""", LOWMARK).status()).isEqualTo(404);
        assertThat(api.post(N + "/compare/links", """
                {"from": "draft-2", "to": "draft-side", "fromPoints": ["2"], "toPoints": ["2"], "kind": "kept"}""", LOWMARK)
                .status()).isEqualTo(404);
        assertThat(api.post(N + "/drafts/draft-side/disclose", """
                {"audience": {"public": false, "parties": ["kestria", "mediator", "lowmark"]}}""", LOWMARK).status()).isEqualTo(404);
    }

    @Test
    void withdrawAsLowmark_ofAConfirmationIntoTheSideDraft_isNotFoundAndChangesNothing() {
        String id = api.get(N + "/compare/links?from=draft-2&to=draft-side", KESTRIA).json().path("items").get(0).path("id").asText();

        var refused = api.delete(N + "/compare/links/" + id, LOWMARK);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("draft-side", "Fallback");
        assertThat(api.get(N + "/compare/links?from=draft-2&to=draft-side", KESTRIA).json().path("items"))
                .extracting(l -> l.path("id").asText()).contains(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/drafts", "/meetings", "/statements", "/drafts/draft-1", "/compare?from=draft-1&to=draft-2"})
    void privateNegotiation_isNotFoundByThePublic(String path) {
        assertThat(api.get(N + path).status()).isEqualTo(404);
        assertThat(api.get("/api/negotiations").ids()).doesNotContain(RIVER);
    }
}
