package org.parley.workbench.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.parley.access.Viewer;
import org.parley.draft.LineageService;
import org.parley.draft.LinkConfirmation;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Outcome;
import org.parley.platform.web.Form;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Viewers;
import org.parley.workbench.ComparePages;
import org.parley.workbench.web.Submissions.Submission;

/**
 * Confirming, correcting or withdrawing a link of the compare view: back to the comparison when done, the comparison with the
 * refusal when not (a confirmation the viewer may not see is not found).
 */
final class LinkRoutes implements Routes {
    private final ComparePages compare;
    private final LineageService lineage;
    private final Viewers viewers;
    private final Html html;

    LinkRoutes(ComparePages compare, LineageService lineage, Viewers viewers, Html html) {
        this.compare = compare;
        this.lineage = lineage;
        this.viewers = viewers;
        this.html = html;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/negotiations/{n}/links", this::confirm);
        routes.post("/negotiations/{n}/links/{link}/withdraw", this::withdraw);
    }

    private void withdraw(Context ctx) {
        Viewer viewer = viewers.of(ctx);
        Form form = Form.of(ctx);
        NegotiationId n = PageRoutes.negotiation(ctx).orElseThrow(() -> new IllegalArgumentException("no such negotiation"));
        Outcome<LinkConfirmation> outcome = lineage.withdraw(n, ctx.pathParam("link"), viewer);
        if (outcome instanceof Outcome.Done<LinkConfirmation>) {
            backToTheComparison(ctx, n, form);
        } else {
            html.notFound(ctx, ctx.path());
        }
    }

    private void confirm(Context ctx) {
        Viewer viewer = viewers.of(ctx);
        Form form = Form.of(ctx);
        NegotiationId n = PageRoutes.negotiation(ctx).orElseThrow(() -> new IllegalArgumentException("no such negotiation"));
        Submission<LinkConfirmation> submission = Submissions.link(n, form, viewer);
        Outcome<LinkConfirmation> outcome = submission.valid() ? lineage.confirm(submission.value(), viewer) : null;
        boolean onlyChanges = "1".equals(form.value("changes"));
        if (outcome instanceof Outcome.Done<LinkConfirmation>) {
            backToTheComparison(ctx, n, form);
            return;
        }
        Form refused = form.withErrors(outcome == null ? submission.errors() : FormRoutes.errors(outcome));
        compare.compare(n, form.value("from"), form.value("to"), onlyChanges, viewer)
                .ifPresentOrElse(page -> html.page(ctx.status(FormRoutes.status(outcome)), "compare", page.with(refused)),
                        () -> html.notFound(ctx, ctx.path()));
    }

    private static void backToTheComparison(Context ctx, NegotiationId n, Form form) {
        ctx.redirect("/negotiations/" + n + "/compare?from=" + encode(form.value("from")) + "&to=" + encode(form.value("to"))
                + ("1".equals(form.value("changes")) ? "&changes=1" : "") + "#compare-summary", HttpStatus.SEE_OTHER);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
