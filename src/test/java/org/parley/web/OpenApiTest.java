package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.fixtures.ApiServer;

/** The OpenAPI document served at /api/openapi.json describes exactly the API routes the server registered. */
class OpenApiTest {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @RegisterExtension
    static final ApiServer api = ApiServer.withDemo();

    private static JsonNode document() {
        var reply = api.get("/api/openapi.json");
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void document_isOpenApi31() {
        assertThat(document().path("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void document_describesExactlyTheRegisteredRoutes() {
        Set<String> described = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document().path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    described.add(method.toUpperCase() + " " + path.getKey());
                }
            });
        }

        assertThat(api.server().endpoints()).filteredOn(endpoint -> endpoint.contains(" /api/")).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(described);
    }

    @Test
    void everyOperation_answersErrorsAsProblemJson() {
        JsonNode document = document();
        for (JsonNode path : document.path("paths")) {
            for (String method : METHODS) {
                JsonNode operation = path.path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                Set<String> errorTypes = new TreeSet<>();
                operation.path("responses").fields().forEachRemaining(response -> {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        resolve(document, response.getValue()).path("content").fieldNames().forEachRemaining(errorTypes::add);
                    }
                });
                assertThat(errorTypes).as(method + " " + operation.path("summary").asText()).containsExactly("application/problem+json");
            }
        }
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText();
        return ref.isEmpty() ? node : document.at(ref.substring(1));
    }
}
