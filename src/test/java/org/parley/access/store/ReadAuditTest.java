package org.parley.access.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.parley.fixtures.Fixtures.AS_NORTH;
import static org.parley.fixtures.Fixtures.AS_SOUTH;
import static org.parley.fixtures.Fixtures.CLERK;
import static org.parley.fixtures.Fixtures.MEDIATOR;
import static org.parley.fixtures.Fixtures.NORTH;
import static org.parley.fixtures.Fixtures.RIVER;
import static org.parley.fixtures.Fixtures.SOUTH;
import static org.parley.fixtures.Fixtures.aDraft;
import static org.parley.fixtures.Fixtures.aPosition;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.Workbench;
import org.parley.access.Audience;
import org.parley.access.ReadAudit;
import org.parley.access.ReadRoute;
import org.parley.access.Viewer;
import org.parley.draft.DraftId;
import org.parley.fixtures.Fixtures;
import org.parley.negotiation.Page;
import org.parley.platform.db.TestDatabases;
import org.parley.position.Stance;

class ReadAuditTest {
    private static final Viewer AS_MEDIATOR = Viewer.actingFor("mediator-delegate", RIVER, MEDIATOR);

    private static Workbench withRecords(TestDatabases.Kind kind) {
        Workbench w = new Workbench(kind.open());
        Fixtures.seatParties(w);
        w.drafts().add(aDraft("open", Audience.PUBLIC, "Flows are shared."), CLERK).orElseThrow();
        w.drafts().add(aDraft("north-side", Audience.of(NORTH, MEDIATOR), "The north keeps the dam."), CLERK).orElseThrow();
        w.positions().record(aPosition(NORTH, "north-side", "1", Stance.SUPPORT, Audience.of(NORTH, MEDIATOR)), CLERK).orElseThrow();
        w.positions().record(aPosition(SOUTH, "open", "1", Stance.ACCEPT, Audience.PUBLIC), CLERK).orElseThrow();
        return w;
    }

    private static List<ReadAudit.Read> readsSeenBy(Workbench w, Viewer party) {
        return w.readAudit().readsOf(RIVER, party, Page.FIRST).items();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void find_logsWhoReadAConfidentialDraftAndThroughWhichRoute(TestDatabases.Kind kind) {
        try (Workbench w = withRecords(kind)) {
            ReadRoute.enter("GET /api/negotiations/river/drafts/north-side");
            try {
                w.drafts().find(RIVER, DraftId.of("north-side"), AS_NORTH).orElseThrow();
            } finally {
                ReadRoute.leave();
            }

            assertThat(readsSeenBy(w, AS_MEDIATOR))
                    .extracting(ReadAudit.Read::reader, ReadAudit.Read::kind, ReadAudit.Read::recordId, ReadAudit.Read::route)
                    .containsExactly(tuple("north-delegate", "draft", "north-side", "GET /api/negotiations/river/drafts/north-side"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void reads_ofPublicRecordsAreNotLogged(TestDatabases.Kind kind) {
        try (Workbench w = withRecords(kind)) {
            w.drafts().find(RIVER, DraftId.of("open"), AS_SOUTH).orElseThrow();
            w.positions().onDraft(RIVER, DraftId.of("open"), AS_SOUTH);
            w.drafts().list(RIVER, Viewer.PUBLIC);

            assertThat(readsSeenBy(w, AS_NORTH)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void everyListAndExportPathIsAudited(TestDatabases.Kind kind) {
        try (Workbench w = withRecords(kind)) {
            w.drafts().list(RIVER, AS_NORTH);
            w.positions().all(RIVER, AS_NORTH);
            w.bundles().export(RIVER, AS_MEDIATOR).orElseThrow();

            assertThat(readsSeenBy(w, AS_NORTH))
                    .extracting(ReadAudit.Read::reader, ReadAudit.Read::kind, ReadAudit.Read::route)
                    .contains(tuple("north-delegate", "draft", ReadRoute.UNNAMED), tuple("north-delegate", "position", ReadRoute.UNNAMED),
                            tuple("mediator-delegate", "draft", ReadRoute.UNNAMED),
                            tuple("mediator-delegate", "position", ReadRoute.UNNAMED));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aPageOfAList_logsOnlyTheRecordsOnThatPage(TestDatabases.Kind kind) {
        try (Workbench w = withRecords(kind)) {
            w.drafts().add(aDraft("north-extra", Audience.of(NORTH, MEDIATOR), "The north keeps the weir."), CLERK).orElseThrow();
            w.positions().record(aPosition(NORTH, "north-side", "1", Stance.ACCEPT, Audience.of(NORTH, MEDIATOR)), CLERK).orElseThrow();

            List<String> shownDrafts = w.drafts().list(RIVER, AS_NORTH, new Page(1, 1)).items().stream().map(d -> d.id().value()).toList();
            List<String> shownPositions = w.positions().history(RIVER, DraftId.of("north-side"), AS_NORTH, new Page(0, 1)).orElseThrow()
                    .items().stream().map(p -> p.id().value()).toList();

            assertThat(readsSeenBy(w, AS_MEDIATOR)).extracting(ReadAudit.Read::recordId)
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(shownDrafts.stream()
                            .filter(id -> !id.equals("open")), shownPositions.stream()).toList())
                    .hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aSearch_logsTheRecordsOfItsHitsNotEveryRecordItScanned(TestDatabases.Kind kind) {
        try (Workbench w = withRecords(kind)) {
            w.drafts().add(aDraft("north-extra", Audience.of(NORTH, MEDIATOR), "The north keeps the weir."), CLERK).orElseThrow();

            var results = w.search().search(RIVER, "weir", AS_NORTH).orElseThrow();

            assertThat(results.hits()).extracting(h -> h.draftId()).containsExactly("north-extra");
            assertThat(readsSeenBy(w, AS_MEDIATOR)).extracting(ReadAudit.Read::kind, ReadAudit.Read::recordId)
                    .containsExactly(tuple("draft", "north-extra"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void readsOf_showsAPartyOnlyReadsOfRecordsItMaySee(TestDatabases.Kind kind) {
        try (Workbench w = withRecords(kind)) {
            w.drafts().find(RIVER, DraftId.of("north-side"), AS_MEDIATOR).orElseThrow();
            w.positions().all(RIVER, AS_MEDIATOR);

            assertThat(readsSeenBy(w, AS_NORTH)).hasSize(2);
            assertThat(readsSeenBy(w, AS_SOUTH)).isEmpty();
            assertThat(readsSeenBy(w, new Viewer("admin", Map.of(), true))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void administratorWithoutPartyReadsNoConfidentialContent(TestDatabases.Kind kind) {
        try (Workbench w = withRecords(kind)) {
            Viewer administrator = new Viewer("admin", Map.of(), true);

            assertThat(w.drafts().find(RIVER, DraftId.of("north-side"), administrator)).isEmpty();
            assertThat(w.positions().all(RIVER, administrator)).allMatch(p -> p.audience().isPublic());
            assertThat(w.drafts().list(RIVER, administrator)).allMatch(d -> d.existence().isPublic());
            assertThat(readsSeenBy(w, AS_NORTH)).isEmpty();
        }
    }
}
