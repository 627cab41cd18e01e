package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.fixtures.ApiServer.UKRAINE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.fixtures.ApiServer;

/** Reading the Ukraine demo negotiation over HTTP, as the public and as a party. */
class ApiReadTest {
    private static final String N = "/api/negotiations/" + UKRAINE;
    @RegisterExtension
    static final ApiServer api = ApiServer.withDemo();

    @Test
    void negotiations_listsThePublicOnesToThePublic() {
        var reply = api.get("/api/negotiations");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.ids()).containsExactly(UKRAINE);
        assertThat(reply.json().path("page").path("total").asInt()).isEqualTo(1);
    }

    @Test
    void negotiation_readsItsTitleAndMode() {
        JsonNode negotiation = api.get(N).json();

        assertThat(negotiation.path("title").asText()).contains("Ukraine");
        assertThat(negotiation.path("mode").asText()).isEqualTo("tracker");
    }

    @Test
    void parties_areListedInOrderAndPaged() {
        assertThat(api.get(N + "/parties").ids()).containsExactly("us", "ru", "ua", "eu");

        var page = api.get(N + "/parties?offset=1&limit=2").json();

        assertThat(page.path("items")).extracting(p -> p.path("id").asText()).containsExactly("ru", "ua");
        assertThat(page.path("page").path("offset").asInt()).isEqualTo(1);
        assertThat(page.path("page").path("limit").asInt()).isEqualTo(2);
        assertThat(page.path("page").path("total").asInt()).isEqualTo(4);
    }

    @Test
    void peopleAndTopics_areListed() {
        assertThat(api.get(N + "/people").ids()).contains("putin", "witkoff", "zelenskyy", "froman");
        assertThat(api.get(N + "/topics").ids()).contains("territory", "security-guarantees");
    }

    @Test
    void drafts_listsAToEWithDUnreadableForThePublic() {
        JsonNode items = api.get(N + "/drafts").json().path("items");

        assertThat(items).extracting(d -> d.path("id").asText()).containsExactly("A", "B", "C", "D", "E");
        assertThat(items.get(3).path("readable").asBoolean()).isFalse();
        assertThat(items.get(3).path("pointCount").asInt()).isEqualTo(27);
        assertThat(items.get(0).path("readable").asBoolean()).isTrue();
    }

    @Test
    void draft_readsThePointsOfA() {
        JsonNode a = api.get(N + "/drafts/A").json();

        assertThat(a.path("points")).hasSize(28);
        assertThat(a.path("points").get(0).path("number").asText()).isEqualTo("1");
        assertThat(a.path("textWithheld").asBoolean()).isFalse();
    }

    @Test
    void draft_withheldFromThePublicComesWithoutPoints() {
        JsonNode d = api.get(N + "/drafts/D").json();

        assertThat(d.path("textWithheld").asBoolean()).isTrue();
        assertThat(d.path("points")).isEmpty();
        assertThat(d.path("knownPointCount").asInt()).isEqualTo(27);
    }

    @Test
    void draft_isNotWithheldFromAPartyInItsAudience() {
        JsonNode d = api.get(N + "/drafts/D", UKRAINE + ":us").json();

        assertThat(d.path("textWithheld").asBoolean()).isFalse();
    }

    @Test
    void positions_listTheHistoryOnA() {
        List<String> ids = api.get(N + "/drafts/A/positions").ids();

        assertThat(ids).contains("pos-eu-A", "pos-ru-A21", "pos-ua-A21", "pos-eu-A28").doesNotContain("pos-ua-E12");
    }

    @Test
    void board_showsEachPartysStanceAndTheStateOfAPoint() {
        JsonNode board = api.get(N + "/drafts/A/board").json();
        JsonNode point21 = row(board, "21");

        assertThat(point21.path("state").asText()).isEqualTo("contested");
        assertThat(point21.path("current")).extracting(p -> p.path("partyId").asText() + "=" + p.path("stance").asText())
                .containsExactly("ru=endorse", "ua=oppose", "eu=oppose");
        assertThat(row(board, "1").path("state").asText()).isEqualTo("unknown");
        assertThat(board.path("onWholeDraft")).extracting(p -> p.path("id").asText()).containsExactly("pos-eu-A");
    }

    private static JsonNode row(JsonNode board, String number) {
        List<JsonNode> rows = new ArrayList<>();
        board.path("points").forEach(rows::add);
        return rows.stream().filter(r -> r.path("number").asText().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void meetings_areListedAndRead() {
        assertThat(api.get(N + "/meetings").ids()).containsExactlyInAnyOrder("moscow-2025-12-02", "florida-2025-11-30");

        JsonNode moscow = api.get(N + "/meetings/moscow-2025-12-02").json();

        assertThat(moscow.path("place").asText()).contains("Moscow");
        assertThat(moscow.path("duration").asText()).isEqualTo("PT5H");
    }

    @Test
    void statements_areListedAndRead() {
        assertThat(api.get(N + "/statements").ids()).contains("st-ushakov-moscow", "st-froman-cnbc");

        JsonNode froman = api.get(N + "/statements/st-froman-cnbc").json();

        assertThat(froman.path("speakerId").asText()).isEqualTo("froman");
        assertThat(froman.path("provenance").path("sources")).isNotEmpty();
    }

    @Test
    void openApi_isServedAsJson() {
        var reply = api.get("/api/openapi.json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("openapi").asText()).isEqualTo("3.1.0");
    }
}
