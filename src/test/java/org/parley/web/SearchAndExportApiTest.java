package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.fixtures.ApiServer.RIVER;
import static org.parley.fixtures.ApiServer.UKRAINE;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.fixtures.ApiServer;

/** Search and export over HTTP: they find and hold only what their reader may see. */
class SearchAndExportApiTest {
    private static final String LOWMARK = RIVER + ":lowmark";
    private static final String KESTRIA = RIVER + ":kestria";

    @RegisterExtension
    static final ApiServer api = ApiServer.withDemo();

    @Test
    void search_findsPointsAndStatementsByStemmedWords() {
        var reply = api.get("/api/negotiations/" + UKRAINE + "/search?q=guarantee");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("hits")).extracting(h -> h.path("kind").asText() + ":" + h.path("draftId").asText() + "/"
                + h.path("point").asText()).contains("point:A/5", "point:E/3");
    }

    @Test
    void search_findsPointsByTheTopicsTheyAreFiledUnder() {
        var reply = api.get("/api/negotiations/" + UKRAINE + "/search?q=territory");

        assertThat(reply.json().path("hits")).extracting(h -> h.path("draftId").asText() + "/" + h.path("point").asText())
                .contains("A/21", "E/14");
    }

    @Test
    void search_asLowmarkFindsNothingOfTheSideChannel() {
        String query = "/api/negotiations/" + RIVER + "/search?q=compensation%20releases%20reservoir";

        assertThat(api.get(query, KESTRIA).body()).contains("draft-2-fallback");
        assertThat(api.get(query, LOWMARK).body()).doesNotContain("draft-2-fallback", "Compensation releases", "fallback-");
        assertThat(api.get("/api/negotiations/" + RIVER + "/search?q=privately", LOWMARK).body())
                .doesNotContain("side-d2-4-kestria", "Privately");
    }

    @Test
    void search_refusesAnEmptyOrOverlongQueryAndHidesPrivateNegotiations() {
        assertThat(api.get("/api/negotiations/" + UKRAINE + "/search?q=").status()).isEqualTo(400);
        assertThat(api.get("/api/negotiations/" + UKRAINE + "/search").status()).isEqualTo(400);
        assertThat(api.get("/api/negotiations/" + UKRAINE + "/search?q=" + "x".repeat(201)).status()).isEqualTo(400);
        assertThat(api.get("/api/negotiations/" + UKRAINE + "/search?q=the%20and").status()).isEqualTo(400);
        assertThat(api.get("/api/negotiations/" + RIVER + "/search?q=flow").status()).isEqualTo(404);
        assertThat(api.get("/api/negotiations/nowhere/search?q=flow").status()).isEqualTo(404);
    }

    @Test
    void export_holdsWhatItsReaderMaySee() {
        String kestria = api.get("/api/negotiations/" + RIVER + "/export", KESTRIA).body();
        String lowmark = api.get("/api/negotiations/" + RIVER + "/export", LOWMARK).body();

        assertThat(kestria).contains("draft-2-fallback", "side-d2-4-kestria", "proximity-kestria");
        assertThat(lowmark).contains("\"format\"", "draft-3")
                .doesNotContain("draft-2-fallback", "side-d2-4-kestria", "proximity-kestria", "st-veil-fallback");
        assertThat(api.get("/api/negotiations/" + RIVER + "/export").status()).isEqualTo(404);
        var draftD = api.get("/api/negotiations/" + UKRAINE + "/export").json().path("drafts").get(3);
        assertThat(draftD.path("id").asText()).isEqualTo("D");
        assertThat(draftD.path("points")).isEmpty();
        assertThat(draftD.path("knownPointCount").asInt()).isEqualTo(27);
    }
}
