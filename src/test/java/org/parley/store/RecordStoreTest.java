package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.fixtures.Fixtures.AS_NORTH;
import static org.parley.fixtures.Fixtures.AS_SOUTH;
import static org.parley.fixtures.Fixtures.CLERK;
import static org.parley.fixtures.Fixtures.MEDIATOR;
import static org.parley.fixtures.Fixtures.NORTH;
import static org.parley.fixtures.Fixtures.RIVER;
import static org.parley.fixtures.Fixtures.SOUTH;
import static org.parley.fixtures.Fixtures.aDraft;
import static org.parley.fixtures.Fixtures.aPosition;
import static org.parley.fixtures.Fixtures.seatParties;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.Workbench;
import org.parley.access.Audience;
import org.parley.access.Viewer;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.NegotiationId;
import org.parley.draft.PointNumber;
import org.parley.draft.LinkConfirmation;
import org.parley.draft.Draft;
import org.parley.draft.DraftId;
import org.parley.draft.DraftStatus;
import org.parley.interchange.Bundle;
import org.parley.meeting.HandedOver;
import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingId;
import org.parley.meeting.PointRef;
import org.parley.meeting.Statement;
import org.parley.meeting.StatementId;
import org.parley.negotiation.Certainty;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.PersonId;
import org.parley.negotiation.Provenance;
import org.parley.negotiation.Source;
import org.parley.platform.cli.DemoCommand;
import org.parley.platform.db.TestDatabases;
import org.parley.position.Position;
import org.parley.position.Stance;

/** The whole record through the services and the SQL stores, once on H2 and once on PostgreSQL. */
class RecordStoreTest {

    private static Workbench workbench(TestDatabases.Kind kind) {
        Workbench w = new Workbench(kind.open());
        seatParties(w);
        return w;
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void draft_isReadWholeByItsAudience(TestDatabases.Kind kind) {
        try (Workbench w = workbench(kind)) {
            w.drafts().add(aDraft("d1", Audience.of(NORTH, MEDIATOR), "Flows are shared.", "A commission is formed."), CLERK).orElseThrow();

            Draft seen = w.drafts().find(RIVER, DraftId.of("d1"), AS_NORTH).orElseThrow();

            assertThat(seen.points()).extracting(p -> p.text()).containsExactly("Flows are shared.", "A commission is formed.");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void draft_outsideItsAudienceShowsOnlyThatItExists(TestDatabases.Kind kind) {
        try (Workbench w = workbench(kind)) {
            Draft secret = aDraft("d1", Audience.of(NORTH, MEDIATOR), "Flows are shared.", "A commission is formed.");
            w.drafts().add(secret.withAudience(secret.audience(), Audience.PUBLIC), CLERK).orElseThrow();

            Draft seen = w.drafts().find(RIVER, DraftId.of("d1"), AS_SOUTH).orElseThrow();

            assertThat(seen.points()).isEmpty();
            assertThat(seen.preamble()).isEmpty();
            assertThat(seen.pointCount()).isEqualTo(2);
            assertThat(seen.audience().parties()).containsExactlyInAnyOrder(NORTH, MEDIATOR);
            assertThat(w.drafts().list(RIVER, AS_SOUTH)).singleElement().satisfies(s -> assertThat(s.readable()).isFalse());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void draft_hiddenEntirelyFromThoseWhoMayNotKnowIt(TestDatabases.Kind kind) {
        try (Workbench w = workbench(kind)) {
            w.drafts().add(aDraft("d1", Audience.of(NORTH, MEDIATOR), "Flows are shared."), CLERK).orElseThrow();

            assertThat(w.drafts().find(RIVER, DraftId.of("d1"), AS_SOUTH)).isEmpty();
            assertThat(w.drafts().list(RIVER, AS_SOUTH)).isEmpty();
            assertThat(w.drafts().find(RIVER, DraftId.of("d1"), Viewer.PUBLIC)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void positions_keepHistoryAndHideConfidentialOnes(TestDatabases.Kind kind) {
        try (Workbench w = workbench(kind)) {
            w.drafts().add(aDraft("d1", Audience.of(NORTH, SOUTH, MEDIATOR), "Flows are shared."), CLERK).orElseThrow();
            Audience all = Audience.of(NORTH, SOUTH, MEDIATOR);
            w.positions().record(aPosition(NORTH, "d1", "1", Stance.OPPOSE, all), CLERK).orElseThrow();
            w.positions().record(aPosition(NORTH, "d1", "1", Stance.ACCEPT, all), CLERK).orElseThrow();
            w.positions().record(aPosition(NORTH, "d1", "1", Stance.BLOCK, Audience.of(NORTH, MEDIATOR)), CLERK).orElseThrow();

            List<Position> south = w.positions().onDraft(RIVER, DraftId.of("d1"), AS_SOUTH);
            List<Position> north = w.positions().onDraft(RIVER, DraftId.of("d1"), AS_NORTH);

            assertThat(south).extracting(Position::stance).containsExactly(Stance.OPPOSE, Stance.ACCEPT);
            assertThat(north).extracting(Position::stance).containsExactly(Stance.OPPOSE, Stance.ACCEPT, Stance.BLOCK);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void record_refusesAStanceOnAPointTheDraftLacks(TestDatabases.Kind kind) {
        try (Workbench w = workbench(kind)) {
            w.drafts().add(aDraft("d1", Audience.PUBLIC, "Flows are shared."), CLERK).orElseThrow();

            Outcome<Position> outcome = w.positions().record(aPosition(NORTH, "d1", "7", Stance.ACCEPT, Audience.PUBLIC), CLERK);

            assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
            assertThat(w.positions().all(RIVER, CLERK)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void export_thenImport_givesTheSameBundle(TestDatabases.Kind kind) {
        try (Workbench w = workbench(kind)) {
            fill(w);
            Bundle exported = w.bundles().export(RIVER, CLERK).orElseThrow();

            try (Workbench other = new Workbench(kind.open())) {
                other.bundles().importBundle(exported, CLERK).orElseThrow();
                Bundle again = other.bundles().export(RIVER, CLERK).orElseThrow();

                assertThat(again).isEqualTo(exported);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void importBundle_thatBreaksARuleLeavesNoRowsBehind(TestDatabases.Kind kind) {
        try (Workbench w = workbench(kind)) {
            fill(w);
            Bundle exported = w.bundles().export(RIVER, CLERK).orElseThrow();
            Position orphan = aPosition(NORTH, "no-such-draft", null, Stance.ACCEPT, Audience.PUBLIC);
            List<Position> broken = new java.util.ArrayList<>(exported.positions());
            broken.add(orphan);
            Bundle bad = new Bundle(Bundle.FORMAT, exported.negotiation(), exported.parties(), exported.people(), exported.topics(),
                    exported.drafts(), exported.meetings(), exported.statements(), broken, exported.links());

            try (Workbench other = new Workbench(kind.open())) {
                Outcome<Bundle> outcome = other.bundles().importBundle(bad, CLERK);

                assertThat(outcome).isInstanceOf(Outcome.NotFound.class);
                assertThat(other.negotiations().list(CLERK)).isEmpty();
                Integer rows = other.database().read(() -> other.database().handle()
                        .createQuery("SELECT (SELECT COUNT(*) FROM party) + (SELECT COUNT(*) FROM draft) + (SELECT COUNT(*) FROM point)"
                                + " + (SELECT COUNT(*) FROM position) + (SELECT COUNT(*) FROM ledger_entry) + (SELECT COUNT(*) FROM audience)")
                        .mapTo(Integer.class).one());
                assertThat(rows).isZero();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void everyChange_appendsALedgerEntryInOrder(TestDatabases.Kind kind) {
        try (Workbench w = workbench(kind)) {
            List<Long> seqs = w.database().read(() -> w.database().handle()
                    .createQuery("SELECT seq FROM ledger_entry ORDER BY seq").mapTo(Long.class).list());

            assertThat(seqs).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void demoBundles_roundTripThroughTheStoreWithEveryRecord(TestDatabases.Kind kind) throws java.io.IOException {
        for (String resource : DemoCommand.BUNDLES) {
            Bundle bundle = DemoCommand.load(resource);
            try (Workbench w = new Workbench(kind.open())) {
                w.bundles().importBundle(bundle, CLERK).orElseThrow();
                Viewer operator = w.negotiations().operator(bundle.negotiation().id(), "test");

                Bundle exported = w.bundles().export(bundle.negotiation().id(), operator).orElseThrow();

                assertThat(exported.negotiation()).isEqualTo(bundle.negotiation());
                assertThat(exported.parties()).isEqualTo(bundle.parties());
                assertThat(exported.people()).isEqualTo(bundle.people());
                assertThat(exported.topics()).isEqualTo(bundle.topics());
                assertThat(exported.drafts()).isEqualTo(bundle.drafts());
                assertThat(exported.meetings()).containsExactlyInAnyOrderElementsOf(bundle.meetings());
                assertThat(exported.statements()).containsExactlyInAnyOrderElementsOf(bundle.statements());
                assertThat(exported.positions()).containsExactlyInAnyOrderElementsOf(bundle.positions());
                assertThat(exported.links()).isNotEmpty().isEqualTo(bundle.links());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void export_holdsOnlyTheConfirmedLinksBetweenDraftsTheViewerMayRead(TestDatabases.Kind kind) throws java.io.IOException {
        Bundle river = DemoCommand.load("/demo/river-treaty.json");
        try (Workbench w = new Workbench(kind.open())) {
            w.bundles().importBundle(river, CLERK).orElseThrow();
            NegotiationId n = river.negotiation().id();

            Bundle asLowmark = w.bundles().export(n, new Viewer("l", java.util.Map.of(n, java.util.Set.of(PartyId.of("lowmark"))), false))
                    .orElseThrow();
            Bundle asKestria = w.bundles().export(n, new Viewer("k", java.util.Map.of(n, java.util.Set.of(PartyId.of("kestria"))), false))
                    .orElseThrow();

            assertThat(asLowmark.links()).isEmpty();
            assertThat(asKestria.links()).extracting(LinkConfirmation::id).containsExactly("fallback-floor");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void importBundle_refusesAConfirmedLinkToAMissingPointAndKeepsNothing(TestDatabases.Kind kind) throws java.io.IOException {
        Bundle river = DemoCommand.load("/demo/river-treaty.json");
        LinkConfirmation good = river.links().get(0);
        LinkConfirmation bad = new LinkConfirmation(good.negotiationId(), good.id(), good.from(), good.to(), good.fromPoints(),
                List.of(PointNumber.of("99")), good.kind(), good.confirmedBy(), good.confirmedAt());
        Bundle broken = new Bundle(Bundle.FORMAT, river.negotiation(), river.parties(), river.people(), river.topics(), river.drafts(),
                river.meetings(), river.statements(), river.positions(), List.of(bad));
        try (Workbench w = new Workbench(kind.open())) {
            Outcome<Bundle> outcome = w.bundles().importBundle(broken, CLERK);

            assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
            assertThat(outcome.toString()).contains("has no point 99");
            assertThat(w.bundles().export(river.negotiation().id(), w.negotiations().operator(river.negotiation().id(), "test"))).isEmpty();
        }
    }

    private static void fill(Workbench w) {
        Audience all = Audience.of(NORTH, SOUTH, MEDIATOR);
        Draft first = aDraft("d1", all, "Flows are shared.", "A commission is formed.");
        w.drafts().add(first, CLERK).orElseThrow();
        w.drafts().add(aDraft("d2", Audience.of(NORTH, MEDIATOR), "Flows are shared fairly."), CLERK).orElseThrow();
        w.drafts().changeStatus(RIVER, DraftId.of("d1"), DraftStatus.SUPERSEDED, CLERK).orElseThrow();
        w.meetings().addMeeting(new Meeting(RIVER, MeetingId.of("m1"), "First round", "Geneva",
                OffsetDateTime.parse("2025-03-01T10:00:00+01:00"), Duration.ofHours(5), List.of(PersonId.of("north-envoy")),
                List.of(NORTH, MEDIATOR), List.of(DraftId.of("d1")), List.of(new HandedOver("maps", NORTH, List.of(MEDIATOR))),
                "Useful talks.", List.of(NORTH, MEDIATOR), Audience.PUBLIC,
                Provenance.reported(new Source("NBC News", "according to", "https://example.org/a", LocalDate.of(2025, 3, 2)))), CLERK)
                .orElseThrow();
        w.meetings().addStatement(new Statement(RIVER, StatementId.of("s1"), PersonId.of("south-envoy"), "We are close.",
                LocalDate.of(2025, 3, 2), "to reporters", List.of(new PointRef(DraftId.of("d1"), null)), List.of(), Audience.PUBLIC,
                new Provenance(Certainty.CONFIRMED, List.of())), CLERK).orElseThrow();
        w.positions().record(aPosition(SOUTH, "d1", "2", Stance.ACCEPT_WITH_RESERVATIONS, all), CLERK).orElseThrow();
        w.positions().record(aPosition(NORTH, "d2", null, Stance.SUPPORT, Audience.of(NORTH)), CLERK).orElseThrow();
    }

}
