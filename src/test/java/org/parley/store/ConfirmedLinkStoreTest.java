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
import static org.parley.fixtures.Fixtures.seatParties;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.Workbench;
import org.parley.access.Audience;
import org.parley.compare.LinkKind;
import org.parley.draft.DraftId;
import org.parley.draft.LineageService;
import org.parley.draft.LinkConfirmation;
import org.parley.draft.PointNumber;
import org.parley.draft.store.JdbiConfirmedLinks;
import org.parley.draft.store.JdbiDrafts;
import org.parley.negotiation.Ids;
import org.parley.negotiation.Outcome;
import org.parley.platform.db.TestDatabases;

/** Confirmed links through the lineage use cases and the SQL store, once on H2 and once on PostgreSQL. */
class ConfirmedLinkStoreTest {
    private static final DraftId OPEN = DraftId.of("open");
    private static final DraftId SIDE = DraftId.of("side");

    private static Workbench workbench(TestDatabases.Kind kind) {
        Workbench w = new Workbench(kind.open());
        seatParties(w);
        w.drafts().add(aDraft("open", Audience.of(NORTH, SOUTH, MEDIATOR), "Flows are shared.", "A commission is formed.",
                "Disputes go to arbitration."), CLERK).orElseThrow();
        w.drafts().add(aDraft("side", Audience.of(NORTH, MEDIATOR), "Disputes go to arbitration.", "Flows are shared fairly.",
                "A commission is formed."), CLERK).orElseThrow();
        return w;
    }

    private static LineageService lineage(Workbench w) {
        return new LineageService(w.database(), new JdbiDrafts(w.database()), new JdbiConfirmedLinks(w.database()), w.events(),
                w.readAudit());
    }

    private static LinkConfirmation link(String from, String to, LinkConfirmation.Kind kind) {
        return new LinkConfirmation(RIVER, Ids.random(), OPEN, SIDE, from == null ? List.of() : List.of(PointNumber.of(from)),
                to == null ? List.of() : List.of(PointNumber.of(to)), kind, "clerk", Instant.now());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void confirmed_isReadOnlyByThoseWhoReadBothTexts(TestDatabases.Kind kind) {
        try (Workbench w = workbench(kind)) {
            LinkConfirmation link = link("1", "2", LinkConfirmation.Kind.REWORDED);
            lineage(w).confirm(link, CLERK).orElseThrow();

            assertThat(lineage(w).confirmed(RIVER, OPEN, SIDE, AS_NORTH)).hasValueSatisfying(links -> assertThat(links).containsExactly(link));
            assertThat(lineage(w).confirmed(RIVER, OPEN, SIDE, AS_SOUTH)).isEmpty();
            assertThat(w.database().read(() -> new JdbiConfirmedLinks(w.database()).between(RIVER, OPEN, SIDE, AS_SOUTH))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void confirm_byAReaderOfOneTextOnlyIsNotFound(TestDatabases.Kind kind) {
        try (Workbench w = workbench(kind)) {
            Outcome<LinkConfirmation> outcome = lineage(w).confirm(link("1", "2", LinkConfirmation.Kind.REWORDED), AS_SOUTH);

            assertThat(outcome).isInstanceOf(Outcome.NotFound.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void confirm_replacesEarlierLinksNamingTheSamePoints(TestDatabases.Kind kind) {
        try (Workbench w = workbench(kind)) {
            lineage(w).confirm(link("1", "3", LinkConfirmation.Kind.MOVED), CLERK).orElseThrow();
            LinkConfirmation correction = link("1", "2", LinkConfirmation.Kind.REWORDED);
            lineage(w).confirm(correction, CLERK).orElseThrow();

            assertThat(lineage(w).confirmed(RIVER, OPEN, SIDE, CLERK).orElseThrow()).containsExactly(correction);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void compare_keepsConfirmedLinksAndTheirKinds(TestDatabases.Kind kind) {
        try (Workbench w = workbench(kind)) {
            lineage(w).confirm(link("2", "1", LinkConfirmation.Kind.MOVED), CLERK).orElseThrow();
            lineage(w).confirm(link("3", null, LinkConfirmation.Kind.DROPPED), CLERK).orElseThrow();

            var alignment = lineage(w).compare(RIVER, OPEN, SIDE, AS_NORTH).orElseThrow().alignment();

            assertThat(alignment.links()).anySatisfy(l -> {
                assertThat(l.from()).containsExactly("2");
                assertThat(l.to()).containsExactly("1");
                assertThat(l.kind()).isEqualTo(LinkKind.MOVED);
            });
            assertThat(alignment.dropped()).contains("3");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void compare_again_followsALinkConfirmedSinceAndRemembersTheRest(TestDatabases.Kind kind) {
        try (Workbench w = workbench(kind)) {
            LineageService lineage = lineage(w);
            var first = lineage.compare(RIVER, OPEN, SIDE, AS_NORTH).orElseThrow().alignment();
            lineage.confirm(link("1", null, LinkConfirmation.Kind.DROPPED), CLERK).orElseThrow();

            var second = lineage.compare(RIVER, OPEN, SIDE, AS_NORTH).orElseThrow().alignment();
            var third = lineage.compare(RIVER, OPEN, SIDE, CLERK).orElseThrow().alignment();

            assertThat(first.dropped()).doesNotContain("1");
            assertThat(second.dropped()).contains("1");
            assertThat(third).as("the same drafts and links: the alignment computed once").isSameAs(second);
            assertThat(lineage.compare(RIVER, OPEN, SIDE, AS_SOUTH))
                    .as("a remembered alignment is still read only by readers of both texts").isEmpty();
            assertThat(lineage.trajectory(RIVER, SIDE, PointNumber.of("1"), AS_SOUTH)).isEmpty();
        }
    }
}
