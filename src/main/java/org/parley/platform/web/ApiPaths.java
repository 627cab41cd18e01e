package org.parley.platform.web;

import io.javalin.http.Context;
import org.parley.draft.DraftId;
import org.parley.negotiation.NegotiationId;

/** The API paths that the routes of several features hang under, and the ids those paths carry. */
public final class ApiPaths {
    public static final String NEGOTIATIONS = "/api/negotiations";
    public static final String NEGOTIATION = NEGOTIATIONS + "/{id}";
    public static final String DRAFT = NEGOTIATION + "/drafts/{draft}";

    private ApiPaths() {}

    /** The negotiation named in a path under {@link #NEGOTIATION}. */
    public static NegotiationId negotiation(Context ctx) {
        return Http.parse("id", ctx.pathParam("id"), NegotiationId::of);
    }

    /** The draft named in a path under {@link #DRAFT}. */
    public static DraftId draft(Context ctx) {
        return Http.parse("draft", ctx.pathParam("draft"), DraftId::of);
    }
}
