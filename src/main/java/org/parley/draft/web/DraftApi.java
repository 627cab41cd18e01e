package org.parley.draft.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.access.AccessPolicy;
import org.parley.access.Audience;
import org.parley.access.Viewer;
import org.parley.draft.Derivation;
import org.parley.draft.Draft;
import org.parley.draft.DraftId;
import org.parley.draft.DraftService;
import org.parley.draft.DraftStatus;
import org.parley.draft.Point;
import org.parley.draft.PointNumber;
import org.parley.interchange.DraftParseResult;
import org.parley.interchange.DraftTextParser;
import org.parley.interchange.Json;
import org.parley.interchange.Malformed;
import org.parley.interchange.ParsedDraft;
import org.parley.interchange.ParsedPoint;
import org.parley.negotiation.Ids;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.PartyId;
import org.parley.platform.web.ApiPaths;
import org.parley.platform.web.Http;
import org.parley.platform.web.Problem;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Viewers;

/**
 * The API of drafts: list and read them (a text the viewer may not read is withheld, and says so),
 * add one as JSON or import it from numbered text, move its status on, disclose it wider.
 */
public final class DraftApi implements Routes {
    private final DraftService drafts;
    private final Viewers viewers;
    private final DraftTextParser parser = new DraftTextParser();

    public DraftApi(DraftService drafts, Viewers viewers) {
        this.drafts = drafts;
        this.viewers = viewers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ApiPaths.NEGOTIATION + "/drafts", ctx ->
                Http.paged(ctx, drafts.list(ApiPaths.negotiation(ctx), viewers.of(ctx), Http.page(ctx))));
        routes.post(ApiPaths.NEGOTIATION + "/drafts", ctx -> Http.answer(ctx, drafts.add(
                Http.body(ctx, Draft.class, Map.of("negotiationId", ApiPaths.negotiation(ctx)),
                        Map.of("id", Ids.random(), "status", DraftStatus.PROPOSED)), viewers.of(ctx)), 201));
        routes.post(ApiPaths.NEGOTIATION + "/drafts/import", this::importText);
        routes.get(ApiPaths.DRAFT, this::get);
        routes.post(ApiPaths.DRAFT + "/status", ctx -> Http.answer(ctx, drafts.changeStatus(ApiPaths.negotiation(ctx), ApiPaths.draft(ctx),
                Http.body(ctx, StatusChange.class, Map.of(), Map.of()).status(), viewers.of(ctx)), 200));
        routes.post(ApiPaths.DRAFT + "/disclose", this::disclose);
    }

    /** The body of a status change. */
    record StatusChange(DraftStatus status) {
        StatusChange {
            Objects.requireNonNull(status, "status");
        }
    }

    /** The body of a disclosure: who may read the text, and who may know the draft exists (unchanged when absent). */
    record Disclosure(Audience audience, Audience existence) {
        Disclosure {
            Objects.requireNonNull(audience, "audience");
        }
    }

    private void get(Context ctx) {
        NegotiationId n = ApiPaths.negotiation(ctx);
        Viewer viewer = viewers.of(ctx);
        var found = drafts.find(n, ApiPaths.draft(ctx), viewer);
        if (found.isEmpty()) {
            Problem.refused(ctx, Outcome.notFound("draft " + ctx.pathParam("draft")));
            return;
        }
        ObjectNode body = Json.mapper().valueToTree(found.get());
        body.put("textWithheld", !AccessPolicy.canSee(viewer, n, found.get().audience()));
        ctx.json(body);
    }

    private void disclose(Context ctx) throws Exception {
        Disclosure wanted = Http.body(ctx, Disclosure.class, Map.of(), Map.of());
        Http.answer(ctx, drafts.disclose(ApiPaths.negotiation(ctx), ApiPaths.draft(ctx), wanted.audience(), wanted.existence(),
                viewers.of(ctx)), 200);
    }

    private void importText(Context ctx) {
        DraftParseResult parsed = withPointNumbers(parser.parse("body", ctx.bodyAsBytes()));
        if (parsed instanceof Malformed malformed) {
            Problem.send(ctx, 400, "Malformed draft", malformed.message(), Map.of("line", malformed.line()));
            return;
        }
        Http.answer(ctx, drafts.add(fromText(ctx, (ParsedDraft) parsed), viewers.of(ctx)), 201);
    }

    /** The parse result, or a refusal naming the line of the first point number a draft cannot hold. */
    private static DraftParseResult withPointNumbers(DraftParseResult parsed) {
        if (parsed instanceof ParsedDraft draft) {
            for (ParsedPoint p : draft.points()) {
                if (!PointNumber.isValid(p.number())) {
                    return new Malformed("body", p.line(), "a point number of at most 8 parts of 12 letters or digits, not " + p.number());
                }
            }
        }
        return parsed;
    }

    /** The draft a text describes, with what the query string tells of it. */
    private static Draft fromText(Context ctx, ParsedDraft parsed) {
        List<Point> points = new ArrayList<>();
        for (ParsedPoint p : parsed.points()) {
            points.add(new Point(PointNumber.of(p.number()), p.text(), p.section(), List.of()));
        }
        String title = ctx.queryParam("title") == null ? parsed.title() : ctx.queryParam("title");
        Audience audience = Http.parse("audience", Http.required(ctx, "audience"), Audience::parse);
        String existence = ctx.queryParam("existence");
        return new Draft(ApiPaths.negotiation(ctx),
                Http.parse("id", ctx.queryParam("id") == null ? Ids.random() : ctx.queryParam("id"), DraftId::of),
                title, list(ctx.queryParam("authors")).stream().map(a -> Http.parse("authors", a, PartyId::of)).toList(),
                ctx.queryParam("date") == null ? null : Http.parse("date", ctx.queryParam("date"), LocalDate::parse),
                ctx.queryParam("status") == null ? DraftStatus.PROPOSED
                        : Http.parse("status", ctx.queryParam("status"), s -> Json.mapper().convertValue(s, DraftStatus.class)),
                audience, existence == null ? null : Http.parse("existence", existence, Audience::parse),
                null, parsed.preamble(), points, derivations(ctx.queryParam("derivedFrom")), null, ctx.queryParam("note"));
    }

    /** {@code A,B:counters} as derivations; a draft named without a kind amends. */
    private static List<Derivation> derivations(String text) {
        return list(text).stream().map(entry -> {
            String[] parts = entry.split(":", 2);
            Derivation.Kind kind = parts.length == 1 ? Derivation.Kind.AMENDS
                    : Http.parse("derivedFrom", parts[1], k -> Json.mapper().convertValue(k, Derivation.Kind.class));
            return new Derivation(Http.parse("derivedFrom", parts[0].strip(), DraftId::of), kind);
        }).toList();
    }

    private static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
