package org.parley.workbench.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.parley.access.Viewer;
import org.parley.draft.Draft;
import org.parley.draft.DraftService;
import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingService;
import org.parley.meeting.Statement;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Outcome;
import org.parley.platform.web.Form;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Viewers;
import org.parley.position.Position;
import org.parley.position.PositionService;
import org.parley.workbench.FormPages;
import org.parley.workbench.web.Submissions.Submission;

/**
 * The forms of the workbench: record a position, add a statement or a meeting, import a draft. A
 * valid submission redirects to where the new record shows (Post/Redirect/Get); a refused one shows
 * the form again with a message beside each refused field.
 */
final class FormRoutes implements Routes {
    /** The service's names for fields that the forms call otherwise. */
    private static final Map<String, String> FIELD_NAMES = Map.of("partyId", "party", "speakerId", "speaker", "statementId", "",
            "attendees", "");

    private final FormPages forms;
    private final DraftService drafts;
    private final PositionService positions;
    private final MeetingService meetings;
    private final Viewers viewers;
    private final Html html;

    FormRoutes(FormPages forms, DraftService drafts, PositionService positions, MeetingService meetings, Viewers viewers, Html html) {
        this.forms = forms;
        this.drafts = drafts;
        this.positions = positions;
        this.meetings = meetings;
        this.viewers = viewers;
        this.html = html;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/negotiations/{n}/positions/new", ctx -> show(ctx, "position"));
        routes.post("/negotiations/{n}/positions", ctx -> this.<Position>submit(ctx, "position",
                form -> Submissions.position(negotiationOf(ctx), form, viewers.of(ctx)), positions::record,
                p -> "/drafts/" + p.draftId() + (p.point() == null ? "" : "?point=" + p.point() + "#point-" + p.point())));
        routes.get("/negotiations/{n}/statements/new", ctx -> show(ctx, "statement"));
        routes.post("/negotiations/{n}/statements", ctx -> this.<Statement>submit(ctx, "statement",
                form -> Submissions.statement(negotiationOf(ctx), form), meetings::addStatement, s -> "/record#statement-" + s.id()));
        routes.get("/negotiations/{n}/meetings/new", ctx -> show(ctx, "meeting"));
        routes.post("/negotiations/{n}/meetings", ctx -> this.<Meeting>submit(ctx, "meeting",
                form -> Submissions.meeting(negotiationOf(ctx), form), meetings::addMeeting, m -> "/record#meeting-" + m.id()));
        routes.get("/negotiations/{n}/import", ctx -> show(ctx, "draft"));
        routes.post("/negotiations/{n}/drafts", ctx -> this.<Draft>submit(ctx, "draft",
                form -> Submissions.draft(negotiationOf(ctx), form), drafts::add, d -> "/drafts/" + d.id()));
    }

    private void show(Context ctx, String name) {
        Map<String, String> defaults = new HashMap<>();
        ctx.queryParamMap().forEach((k, v) -> defaults.put(k, String.join(",", v)));
        PageRoutes.negotiation(ctx).flatMap(n -> forms.form(n, Form.filled(defaults), viewers.of(ctx)))
                .ifPresentOrElse(page -> html.form(ctx, name, page), () -> html.notFound(ctx, ctx.path()));
    }

    private <T> void submit(Context ctx, String name, Function<Form, Submission<T>> read, BiFunction<T, Viewer, Outcome<T>> use,
            Function<T, String> shownAt) {
        Viewer viewer = viewers.of(ctx);
        Form form = Form.of(ctx);
        Submission<T> submission = read.apply(form);
        Outcome<T> outcome = submission.valid() ? use.apply(submission.value(), viewer) : null;
        if (outcome instanceof Outcome.Done<T> done) {
            ctx.redirect("/negotiations/" + ctx.pathParam("n") + shownAt.apply(done.value()), HttpStatus.SEE_OTHER);
            return;
        }
        Form refused = form.withErrors(outcome == null ? submission.errors() : errors(outcome));
        PageRoutes.negotiation(ctx).flatMap(n -> forms.form(n, refused, viewer))
                .ifPresentOrElse(page -> html.form(ctx.status(status(outcome)), name, page),
                        () -> html.notFound(ctx, ctx.path()));
    }

    /** 403 when the requester may not do this at all, 422 when the form needs correcting. */
    static HttpStatus status(Outcome<?> refusal) {
        return refusal instanceof Outcome.Forbidden<?> ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_CONTENT;
    }

    private static NegotiationId negotiationOf(Context ctx) {
        return PageRoutes.negotiation(ctx).orElseThrow(() -> new IllegalArgumentException("no such negotiation"));
    }

    /** The messages of a refused use case, by the form field they belong beside ({@code ""} for the whole form). */
    static Map<String, String> errors(Outcome<?> refusal) {
        if (refusal instanceof Outcome.Invalid<?> invalid) {
            String field = invalid.field() == null ? "" : FIELD_NAMES.getOrDefault(invalid.field(), invalid.field());
            return Map.of(field, invalid.message());
        }
        if (refusal instanceof Outcome.NotFound<?> notFound) {
            return Map.of(notFound.what().startsWith("draft") ? "draft" : "", notFound.what() + " was not found");
        }
        if (refusal instanceof Outcome.Forbidden<?> forbidden) {
            return Map.of("", forbidden.message());
        }
        return Map.of("", ((Outcome.Conflict<?>) refusal).message());
    }
}
