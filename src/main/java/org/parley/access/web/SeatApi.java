package org.parley.access.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import java.util.Map;
import org.parley.access.AccountService;
import org.parley.interchange.Json;
import org.parley.negotiation.PartyId;
import org.parley.platform.web.ApiPaths;
import org.parley.platform.web.Http;
import org.parley.platform.web.InvalidInput;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Viewers;

/**
 * {@code POST /api/negotiations/{id}/seats}: let an account act for a party. The creator of a
 * negotiation seats its first delegates; a delegate may bring colleagues into its own party.
 */
public final class SeatApi implements Routes {
    private final AccountService accounts;
    private final Viewers viewers;

    public SeatApi(AccountService accounts, Viewers viewers) {
        this.accounts = accounts;
        this.viewers = viewers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(ApiPaths.NEGOTIATION + "/seats", ctx -> {
            JsonNode body = Json.mapper().readTree(ctx.bodyAsBytes());
            String account = text(body, "account");
            PartyId party = Http.parse("party", text(body, "party"), PartyId::of);
            Http.answer(ctx, accounts.seatBy(viewers.of(ctx), account, ApiPaths.negotiation(ctx), party)
                    .map(a -> Map.of("account", a.name(), "party", party.value())), 201);
        });
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidInput(field, field + " is required");
        }
        return value.asText();
    }
}
