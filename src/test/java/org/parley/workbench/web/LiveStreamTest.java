package org.parley.workbench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.access.Audience;
import org.parley.access.Viewer;
import org.parley.draft.DraftId;
import org.parley.draft.PointNumber;
import org.parley.meeting.Statement;
import org.parley.meeting.StatementId;
import org.parley.negotiation.Ids;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.PersonId;
import org.parley.position.Position;
import org.parley.position.PositionId;
import org.parley.position.Stance;

/** The live stream of a negotiation over HTTP: what each reader hears, and what happens when a browser comes back. */
class LiveStreamTest {
    private static final Duration SOON = Duration.ofSeconds(3);
    private static final PartyId KESTRIA = PartyId.of("kestria");
    private static final PartyId LOWMARK = PartyId.of("lowmark");
    private static final PartyId MEDIATOR = PartyId.of("mediator");
    private static final Viewer KESTRIA_DELEGATE = DemoSite.KESTRIA;

    static Position aPosition(PartyId party, Audience audience) {
        return new Position(DemoSite.RIVER, PositionId.of(Ids.random()), party, DraftId.of("draft-3"), PointNumber.of("1"), Stance.SUPPORT,
                "", List.of(), null, null, audience, "test", Instant.now());
    }

    /** A public position of {@code party} opposing point 10 of the seed talks' draft E. */
    static Position aPositionOnE(String party, String reason) {
        return new Position(DemoSite.UKRAINE, PositionId.of(Ids.random()), PartyId.of(party), DraftId.of("E"), PointNumber.of("10"),
                Stance.OPPOSE, reason, List.of(), null, null, Audience.PUBLIC, "test", Instant.now());
    }

    static Statement aStatement(Audience audience) {
        return new Statement(DemoSite.RIVER, StatementId.of(Ids.random()), PersonId.of("maren-holt"), "We are close.", LocalDate.of(2024, 10, 1),
                "", List.of(), List.of(), audience, null);
    }

    @Test
    void events_tellAReaderOfTheNegotiationOfARecordedPosition() throws Exception {
        try (DemoSite site = DemoSite.as(DemoSite.LOWMARK);
                EventStream events = EventStream.open(site.url("/negotiations/river-treaty/events"))) {
            site.workbench().positions().record(aPosition(KESTRIA, Audience.of(KESTRIA, LOWMARK, MEDIATOR)), KESTRIA_DELEGATE).orElseThrow();

            assertThat(events.status()).isEqualTo(200);
            assertThat(events.next(SOON)).isEqualTo("position.recorded");
        }
    }

    @Test
    void events_neverCarryAChangeOutsideTheReadersAudience() throws Exception {
        try (DemoSite site = DemoSite.as(DemoSite.LOWMARK);
                EventStream events = EventStream.open(site.url("/negotiations/river-treaty/events"))) {
            site.workbench().positions().record(aPosition(KESTRIA, Audience.of(KESTRIA, MEDIATOR)), KESTRIA_DELEGATE).orElseThrow();
            site.workbench().meetings().addStatement(aStatement(Audience.of(KESTRIA, LOWMARK, MEDIATOR)), KESTRIA_DELEGATE).orElseThrow();

            assertThat(events.next(SOON)).isEqualTo("statement.added");
            assertThat(events.next(Duration.ofMillis(300))).isNull();
        }
    }

    @Test
    void events_afterAReconnectionThatMissedAChange_tellTheBrowserAtOnceToRefresh() throws Exception {
        try (DemoSite site = DemoSite.as(DemoSite.LOWMARK)) {
            String lastSeen = Long.toString(site.workbench().events().feed().latest());
            site.workbench().positions().record(aPosition(KESTRIA, Audience.of(KESTRIA, LOWMARK, MEDIATOR)), KESTRIA_DELEGATE).orElseThrow();

            try (EventStream events = EventStream.open(site.url("/negotiations/river-treaty/events"), "Last-Event-ID", lastSeen)) {
                assertThat(events.next(SOON)).isEqualTo("reconnected");
            }
        }
    }

    @Test
    void events_afterAReconnectionThatMissedOnlyWhatTheReaderMayNotSee_stayQuiet() throws Exception {
        try (DemoSite site = DemoSite.as(DemoSite.LOWMARK)) {
            String lastSeen = Long.toString(site.workbench().events().feed().latest());
            site.workbench().positions().record(aPosition(KESTRIA, Audience.of(KESTRIA, MEDIATOR)), KESTRIA_DELEGATE).orElseThrow();

            try (EventStream events = EventStream.open(site.url("/negotiations/river-treaty/events"), "Last-Event-ID", lastSeen)) {
                assertThat(events.next(Duration.ofMillis(500))).isNull();
            }
        }
    }

    @Test
    void events_afterAReconnectionFromBeyondWhatTheFeedRemembers_tellTheBrowserToRefresh() throws Exception {
        try (DemoSite site = DemoSite.as(DemoSite.LOWMARK);
                EventStream events = EventStream.open(site.url("/negotiations/river-treaty/events"), "Last-Event-ID", "-5")) {
            assertThat(events.next(SOON)).isEqualTo("reconnected");
        }
    }

    @Test
    void changes_afterTheServerStoppedWithAStreamOpen_areCommittedWithoutWaitingOnTheDeadConnection() throws Exception {
        try (DemoSite site = DemoSite.as(DemoSite.LOWMARK);
                EventStream events = EventStream.open(site.url("/negotiations/river-treaty/events"))) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> site.restart(() -> site.workbench().positions()
                    .record(aPosition(KESTRIA, Audience.of(KESTRIA, LOWMARK, MEDIATOR)), KESTRIA_DELEGATE).orElseThrow()));

            assertThat(events.next(Duration.ofMillis(500))).isNull();
        }
    }

    @Test
    void events_ofANegotiationTheViewerMayNotOpen_areNotFound() throws Exception {
        try (DemoSite site = DemoSite.asPublic();
                EventStream events = EventStream.open(site.url("/negotiations/river-treaty/events"))) {
            assertThat(events.status()).isEqualTo(404);
        }
    }
}
