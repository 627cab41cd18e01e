package org.parley.meeting.web;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.meeting.Statement;
import org.parley.meeting.StatementId;
import org.parley.negotiation.Ids;
import org.parley.platform.web.ApiPaths;
import org.parley.platform.web.Http;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Viewers;

/** The API of meetings and statements: list, read and record them. */
public final class MeetingApi implements Routes {
    private static final String MEETINGS = ApiPaths.NEGOTIATION + "/meetings";
    private static final String STATEMENTS = ApiPaths.NEGOTIATION + "/statements";

    private final MeetingService meetings;
    private final Viewers viewers;

    public MeetingApi(MeetingService meetings, Viewers viewers) {
        this.meetings = meetings;
        this.viewers = viewers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(MEETINGS, ctx -> Http.paged(ctx, meetings.meetings(ApiPaths.negotiation(ctx), viewers.of(ctx), Http.page(ctx))));
        routes.post(MEETINGS, ctx -> Http.answer(ctx, meetings.addMeeting(Http.body(ctx, Meeting.class,
                Map.of("negotiationId", ApiPaths.negotiation(ctx)), Map.of("id", Ids.random())), viewers.of(ctx)), 201));
        routes.get(MEETINGS + "/{meeting}", ctx -> Http.found(ctx, meetings.meeting(ApiPaths.negotiation(ctx),
                Http.parse("meeting", ctx.pathParam("meeting"), MeetingId::of), viewers.of(ctx)), "meeting " + ctx.pathParam("meeting")));
        routes.get(STATEMENTS, ctx -> Http.paged(ctx, meetings.statements(ApiPaths.negotiation(ctx), viewers.of(ctx), Http.page(ctx))));
        routes.post(STATEMENTS, ctx -> Http.answer(ctx, meetings.addStatement(Http.body(ctx, Statement.class,
                Map.of("negotiationId", ApiPaths.negotiation(ctx)), Map.of("id", Ids.random())), viewers.of(ctx)), 201));
        routes.get(STATEMENTS + "/{statement}", ctx -> Http.found(ctx, meetings.statement(ApiPaths.negotiation(ctx),
                Http.parse("statement", ctx.pathParam("statement"), StatementId::of), viewers.of(ctx)), "statement " + ctx.pathParam("statement")));
    }
}
