package org.parley.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.access.AccessPolicy;
import org.parley.access.Audience;
import org.parley.access.Viewer;
import org.parley.draft.Derivation;
import org.parley.draft.Draft;
import org.parley.draft.DraftId;
import org.parley.draft.Point;
import org.parley.draft.PointNumber;
import org.parley.meeting.HandedOver;
import org.parley.meeting.Meeting;
import org.parley.meeting.PointRef;
import org.parley.meeting.Statement;
import org.parley.meeting.StatementId;
import org.parley.negotiation.Certainty;
import org.parley.negotiation.Mode;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.PersonId;
import org.parley.negotiation.Source;
import org.parley.negotiation.Topic;
import org.parley.negotiation.TopicId;
import org.parley.position.Position;
import org.parley.position.Stance;

/** The demo data files load as bundles and show every fact the demo promises. */
class DemoBundlesTest {
    private static final org.parley.negotiation.NegotiationId RIVER_ID = org.parley.negotiation.NegotiationId.of("river-treaty");
    private static final PartyId US = PartyId.of("us");
    private static final PartyId RU = PartyId.of("ru");
    private static final PartyId UA = PartyId.of("ua");
    private static final PartyId KESTRIA = PartyId.of("kestria");
    private static final PartyId LOWMARK = PartyId.of("lowmark");
    private static final PartyId MEDIATOR = PartyId.of("mediator");

    private static Bundle ukraine() {
        return load("/demo/ukraine-2025.json");
    }

    private static Bundle river() {
        return load("/demo/river-treaty.json");
    }

    private static Bundle load(String resource) {
        try (InputStream in = DemoBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return Json.mapper().readValue(in, Bundle.class);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    private static Draft draft(Bundle bundle, String id) {
        return bundle.drafts().stream().filter(d -> d.id().equals(DraftId.of(id))).findFirst().orElseThrow();
    }

    private static Statement statement(Bundle bundle, String id) {
        return bundle.statements().stream().filter(s -> s.id().equals(StatementId.of(id))).findFirst().orElseThrow();
    }

    private static Meeting meeting(Bundle bundle, String id) {
        return bundle.meetings().stream().filter(m -> m.id().value().equals(id)).findFirst().orElseThrow();
    }

    private static Position position(Bundle bundle, String id) {
        return bundle.positions().stream().filter(p -> p.id().value().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> outlets(Statement statement) {
        return statement.provenance().sources().stream().map(s -> s.outlet() + " / " + s.relation()).toList();
    }

    @Test
    void ukraine_isAPublicTrackerNegotiation() {
        Bundle bundle = ukraine();

        assertThat(bundle.negotiation().id().value()).isEqualTo("ukraine-2025");
        assertThat(bundle.negotiation().title()).isEqualTo("Ukraine peace talks 2025");
        assertThat(bundle.negotiation().mode()).isEqualTo(Mode.TRACKER);
        assertThat(bundle.negotiation().isPublic()).isTrue();
        assertThat(bundle.parties()).extracting(p -> p.id().value()).containsExactly("us", "ru", "ua", "eu");
    }

    @Test
    void bothBundles_partiesHaveDistinctColours() {
        assertThat(ukraine().parties()).extracting(p -> p.colour().toLowerCase()).doesNotHaveDuplicates();
        assertThat(river().parties()).extracting(p -> p.colour().toLowerCase()).doesNotHaveDuplicates();
    }

    @Test
    void ukraine_peopleActForTheirPartiesAndAnalystsForNone() {
        Map<String, String> partyOf = ukraine().people().stream()
                .collect(Collectors.toMap(p -> p.id().value(), p -> p.party().map(PartyId::value).orElse("-")));

        assertThat(partyOf).containsEntry("witkoff", "us").containsEntry("kushner", "us").containsEntry("trump", "us")
                .containsEntry("putin", "ru").containsEntry("ushakov", "ru").containsEntry("zelenskyy", "ua")
                .containsEntry("kallas", "eu").containsEntry("froman", "-").containsEntry("hochstein", "-");
        assertThat(ukraine().people()).allSatisfy(p -> assertThat(p.title()).isNotBlank());
    }

    @Test
    void ukraine_territoryAndSecurityGuaranteesAreTheStickingPoints() {
        assertThat(ukraine().topics()).filteredOn(Topic::stickingPoint).extracting(t -> t.id().value())
                .containsExactlyInAnyOrder("territory", "security-guarantees");
    }

    @Test
    void ukraine_draftAHas28ReportedPointsAllTagged() {
        Draft a = draft(ukraine(), "A");

        assertThat(a.points()).hasSize(28);
        assertThat(a.pointCount()).isEqualTo(28);
        assertThat(a.authors()).containsExactly(US, RU);
        assertThat(a.date()).hasToString("2025-11-20");
        assertThat(a.points()).allSatisfy(p -> assertThat(p.topics()).isNotEmpty());
        assertThat(a.point(PointNumber.of("21")).orElseThrow().topics()).contains(TopicId.of("territory"));
        assertThat(a.provenance().certainty()).isEqualTo(Certainty.REPORTED);
        assertThat(a.provenance().sources()).extracting(Source::url).contains(
                "https://news.liga.net/en/amp/politics/news/media-disclosed-all-28-points-of-trumps-peace-plan-for-ukraine-and-russia",
                "https://modern.az/en/dunya/545980/what-does-trump-offer-putin-and-zelenskyy-of-the-28-point-plan-full-text",
                "https://statement.com/1084362/trumps-peace-a-ukraine-without-donbas-and-nato-with-hints-of-concessions-on-language-and-church");
    }

    @Test
    void ukraine_draftsKnownOnlyByTheirLengthHaveNoText() {
        Bundle bundle = ukraine();

        assertThat(Stream.of("B", "C", "D").map(id -> draft(bundle, id)))
                .extracting(d -> d.id().value(), Draft::hasText, Draft::pointCount)
                .containsExactly(tuple("B", false, 24), tuple("C", false, 19), tuple("D", false, 27));
        assertThat(draft(bundle, "C").authors()).containsExactlyInAnyOrder(US, UA);
        assertThat(draft(bundle, "B").note()).isNotBlank();
    }

    @Test
    void ukraine_draftEHas20PointsByTheUsAndUkraine() {
        Draft e = draft(ukraine(), "E");

        assertThat(e.points()).hasSize(20);
        assertThat(e.authors()).containsExactlyInAnyOrder(US, UA);
        assertThat(e.date()).hasToString("2025-12-23");
        assertThat(e.provenance().sources()).extracting(Source::url).allSatisfy(url -> assertThat(url).startsWith("https://"));
    }

    @Test
    void ukraine_lineageRunsFromAToBAndThroughCToDAndE() {
        Bundle bundle = ukraine();
        Set<String> edges = bundle.drafts().stream()
                .flatMap(d -> d.derivedFrom().stream().map(e -> e.from().value() + "->" + d.id().value() + ":" + e.kind()))
                .collect(Collectors.toSet());

        assertThat(edges).containsExactlyInAnyOrder("A->B:COUNTERS", "A->C:AMENDS", "C->D:AMENDS", "C->E:AMENDS");
        assertThat(draft(bundle, "A").status().name()).isEqualTo("SUPERSEDED");
    }

    @Test
    void ukraine_draftDTextIsConfidentialToUsAndRussiaButItsExistenceIsPublic() {
        Draft d = draft(ukraine(), "D");

        assertThat(d.audience()).isEqualTo(Audience.of(US, RU));
        assertThat(d.existence().isPublic()).isTrue();
        assertThat(d.authors()).containsExactly(US);
        assertThat(AccessPolicy.canSee(Viewer.PUBLIC, d.negotiationId(), d.audience())).isFalse();
        assertThat(AccessPolicy.canSee(Viewer.actingFor("kyiv", d.negotiationId(), UA), d.negotiationId(), d.audience())).isFalse();
        assertThat(AccessPolicy.canSee(Viewer.PUBLIC, d.negotiationId(), d.existence())).isTrue();
    }

    @Test
    void ukraine_moscowMeetingLastedFiveHoursAndStaysBetweenUsAndRussia() {
        Meeting moscow = meeting(ukraine(), "moscow-2025-12-02");

        assertThat(moscow.start().toLocalDate()).hasToString("2025-12-02");
        assertThat(moscow.duration()).isEqualTo(Duration.ofHours(5));
        assertThat(moscow.confidentialTo()).containsExactlyInAnyOrder(US, RU);
        assertThat(moscow.audience().isPublic()).isTrue();
        assertThat(moscow.drafts()).containsExactly(DraftId.of("D"));
        assertThat(moscow.attendees()).extracting(PersonId::value).contains("witkoff", "kushner", "putin", "ushakov");
        assertThat(moscow.handedOver()).extracting(HandedOver::from, HandedOver::to).containsExactly(tuple(US, List.of(RU)));
        assertThat(moscow.provenance().certainty()).isEqualTo(Certainty.REPORTED);
    }

    @Test
    void ukraine_floridaTalksPutDraftCBeforeTheUsAndUkraine() {
        Meeting florida = meeting(ukraine(), "florida-2025-11-30");

        assertThat(florida.parties()).containsExactlyInAnyOrder(US, UA);
        assertThat(florida.drafts()).containsExactly(DraftId.of("C"));
        assertThat(florida.start()).isBefore(meeting(ukraine(), "moscow-2025-12-02").start());
    }

    @Test
    void ukraine_holdsTheSixSeedStatementsWithTheirReportingChains() {
        Bundle bundle = ukraine();

        assertThat(bundle.statements()).extracting(s -> s.speakerId().value())
                .containsExactlyInAnyOrder("ushakov", "putin", "kallas", "zelenskyy", "froman", "hochstein");
        assertThat(bundle.statements()).allSatisfy(s -> {
            assertThat(s.provenance().certainty()).isEqualTo(Certainty.REPORTED);
            assertThat(s.provenance().sources()).isNotEmpty();
            assertThat(s.audience().isPublic()).isTrue();
        });
        assertThat(outlets(statement(bundle, "st-ushakov-moscow"))).contains("NBC News / according to");
        assertThat(outlets(statement(bundle, "st-froman-cnbc"))).contains("CNBC / told");
        assertThat(outlets(statement(bundle, "st-hochstein-cnbc"))).contains("CNBC / told");
        assertThat(statement(bundle, "st-putin-europe").words()).contains("absolutely unacceptable", "ready");
        assertThat(statement(bundle, "st-zelenskyy-ireland").words()).contains("closer to peace than ever before");
        assertThat(statement(bundle, "st-kallas-monday").words()).contains("Russia does not want peace");
        assertThat(statement(bundle, "st-hochstein-cnbc").topics())
                .contains(TopicId.of("territory"), TopicId.of("security-guarantees"));
    }

    @Test
    void ukraine_positionsTheSeedReportsLinkTheirStatements() {
        Bundle bundle = ukraine();

        assertThat(position(bundle, "pos-ru-B")).extracting(Position::partyId, Position::point, Position::stance, Position::statementId)
                .containsExactly(RU, null, Stance.BLOCK, StatementId.of("st-putin-europe"));
        assertThat(position(bundle, "pos-ru-D")).extracting(Position::partyId, Position::point, Position::stance, Position::statementId)
                .containsExactly(RU, null, Stance.ACCEPT_WITH_RESERVATIONS, StatementId.of("st-ushakov-moscow"));
        assertThat(position(bundle, "pos-ru-D").reason()).contains("agreed on some things");
        assertThat(position(bundle, "pos-ua-C")).extracting(Position::stance, Position::statementId)
                .containsExactly(Stance.SUPPORT, StatementId.of("st-zelenskyy-ireland"));
        assertThat(position(bundle, "pos-eu-A").statementId()).isEqualTo(StatementId.of("st-kallas-monday"));
        assertThat(position(bundle, "pos-ru-A21").stance()).isEqualTo(Stance.ENDORSE);
        assertThat(position(bundle, "pos-ua-A21").stance()).isEqualTo(Stance.OPPOSE);
        assertThat(bundle.positions()).allSatisfy(p -> {
            assertThat(p.provenance().certainty()).isEqualTo(Certainty.REPORTED);
            assertThat(p.provenance().sources()).isNotEmpty();
            assertThat(p.reason()).isNotBlank();
        });
    }

    @Test
    void ukraine_positionsOnDraftsWithoutTextAreOnTheWholeDraft() {
        Bundle bundle = ukraine();

        assertThat(bundle.positions()).filteredOn(p -> !draft(bundle, p.draftId().value()).hasText())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.point()).isNull());
    }

    @Test
    void river_isAConfidentialInsideNegotiationWithThreeParties() {
        Bundle bundle = river();

        assertThat(bundle.negotiation().mode()).isEqualTo(Mode.INSIDE);
        assertThat(bundle.negotiation().isPublic()).isFalse();
        assertThat(bundle.parties()).extracting(p -> p.id()).containsExactly(KESTRIA, LOWMARK, MEDIATOR);
        assertThat(bundle.parties()).allSatisfy(party ->
                assertThat(bundle.people()).anyMatch(person -> person.party().equals(Optional.of(party.id()))));
        assertThat(bundle.meetings()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(bundle.statements()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void river_hasThreeSharedDraftsOf15To30PointsInALine() {
        Bundle bundle = river();

        assertThat(bundle.drafts()).filteredOn(d -> d.audience().parties().size() == 3).hasSize(3)
                .allSatisfy(d -> assertThat(d.points()).hasSizeBetween(15, 30));
        assertThat(draft(bundle, "draft-2").derivedFrom()).containsExactly(new Derivation(DraftId.of("draft-1"), Derivation.Kind.AMENDS));
        assertThat(draft(bundle, "draft-3").derivedFrom()).containsExactly(new Derivation(DraftId.of("draft-2"), Derivation.Kind.AMENDS));
        assertThat(bundle.drafts()).allSatisfy(d -> assertThat(d.points()).allSatisfy(p -> assertThat(p.topics()).isNotEmpty()));
    }

    @Test
    void river_everyPartyHasAPositionOnEveryPointOfEveryDraftItMayRead() {
        Bundle bundle = river();
        Set<String> covered = bundle.positions().stream()
                .filter(p -> p.point() != null)
                .map(p -> p.partyId().value() + "/" + p.draftId().value() + "/" + p.point().value())
                .collect(Collectors.toSet());

        for (Draft draft : bundle.drafts()) {
            for (Point point : draft.points()) {
                for (var party : bundle.parties()) {
                    if (!draft.audience().parties().contains(party.id())) {
                        continue;
                    }
                    assertThat(covered).contains(party.id().value() + "/" + draft.id().value() + "/" + point.number().value());
                }
            }
        }
    }

    @Test
    void river_stancesMoveTowardsAgreementFromDraftToDraft() {
        Bundle bundle = river();
        Function<String, Long> refusals = draftId -> bundle.positions().stream()
                .filter(p -> p.draftId().value().equals(draftId) && !p.stance().accepts())
                .count();

        assertThat(refusals.apply("draft-1")).isGreaterThan(refusals.apply("draft-2"));
        assertThat(refusals.apply("draft-2")).isGreaterThan(refusals.apply("draft-3"));
        assertThat(bundle.positions()).filteredOn(p -> !p.conditions().isEmpty()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(bundle.positions()).filteredOn(p -> !p.stance().accepts())
                .allSatisfy(p -> assertThat(p.reason()).isNotBlank());
    }

    @Test
    void river_confidentialChannelExcludesLowmark() {
        Bundle bundle = river();
        Viewer lowmark = Viewer.actingFor("lowmark delegate", RIVER_ID, LOWMARK);
        Viewer mediator = Viewer.actingFor("mediator", RIVER_ID, MEDIATOR);
        Audience side = Audience.of(KESTRIA, MEDIATOR);

        List<Object> sideRecords = Stream.of(
                        bundle.drafts().stream().filter(d -> d.audience().equals(side)),
                        bundle.meetings().stream().filter(m -> m.audience().equals(side)),
                        bundle.statements().stream().filter(s -> s.audience().equals(side)),
                        bundle.positions().stream().filter(p -> p.audience().equals(side)))
                .flatMap(s -> s.map(Object.class::cast))
                .toList();

        assertThat(bundle.meetings()).filteredOn(m -> m.audience().equals(side)).extracting(m -> m.id().value())
                .containsExactly("proximity-kestria");
        assertThat(bundle.statements()).filteredOn(s -> s.audience().equals(side)).extracting(s -> s.id().value())
                .containsExactly("st-veil-fallback");
        assertThat(bundle.drafts()).filteredOn(d -> d.audience().equals(side)).singleElement()
                .satisfies(d -> assertThat(d.existence()).isEqualTo(side))
                .satisfies(d -> assertThat(d.points()).hasSize(4));
        assertThat(bundle.positions()).filteredOn(p -> p.audience().equals(side)).extracting(p -> p.id().value())
                .contains("side-d2-4-kestria", "side-d2-5-kestria", "fallback-4-kestria", "fallback-6a-mediator").hasSize(10);
        assertThat(sideRecords).hasSize(13);
        assertThat(AccessPolicy.canSee(lowmark, RIVER_ID, side)).isFalse();
        assertThat(AccessPolicy.canSee(mediator, RIVER_ID, side)).isTrue();
        assertThat(AccessPolicy.visible(lowmark, RIVER_ID, bundle.positions(), Position::audience))
                .noneMatch(p -> p.audience().equals(side));
        assertThat(meeting(bundle, "proximity-kestria").parties()).doesNotContain(LOWMARK);
    }

    @Test
    void bothBundles_referenceOnlyRecordsThatExist() {
        assertReferencesResolve(ukraine());
        assertReferencesResolve(river());
    }

    @Test
    void bothBundles_haveUniqueIdsAndOneNegotiation() {
        for (Bundle bundle : List.of(ukraine(), river())) {
            var negotiation = bundle.negotiation().id();
            assertThat(Stream.of(
                            bundle.parties().stream().map(p -> p.negotiationId()),
                            bundle.people().stream().map(p -> p.negotiationId()),
                            bundle.topics().stream().map(t -> t.negotiationId()),
                            bundle.drafts().stream().map(d -> d.negotiationId()),
                            bundle.meetings().stream().map(m -> m.negotiationId()),
                            bundle.statements().stream().map(s -> s.negotiationId()),
                            bundle.positions().stream().map(p -> p.negotiationId()))
                    .flatMap(s -> s)).containsOnly(negotiation);
            assertThat(bundle.parties()).extracting(p -> p.id()).doesNotHaveDuplicates();
            assertThat(bundle.people()).extracting(p -> p.id()).doesNotHaveDuplicates();
            assertThat(bundle.topics()).extracting(t -> t.id()).doesNotHaveDuplicates();
            assertThat(bundle.drafts()).extracting(d -> d.id()).doesNotHaveDuplicates();
            assertThat(bundle.meetings()).extracting(m -> m.id()).doesNotHaveDuplicates();
            assertThat(bundle.statements()).extracting(s -> s.id()).doesNotHaveDuplicates();
            assertThat(bundle.positions()).extracting(p -> p.id()).doesNotHaveDuplicates();
        }
    }

    @Test
    void bothBundles_surviveAWriteAndReadUnchanged() throws IOException {
        for (Bundle bundle : List.of(ukraine(), river())) {
            byte[] written = Json.mapper().writeValueAsBytes(bundle);
            assertThat(Json.mapper().readValue(written, Bundle.class)).isEqualTo(bundle);
        }
    }

    private static void assertReferencesResolve(Bundle bundle) {
        Set<PartyId> parties = bundle.parties().stream().map(p -> p.id()).collect(Collectors.toSet());
        Set<PersonId> people = bundle.people().stream().map(p -> p.id()).collect(Collectors.toSet());
        Set<TopicId> topics = bundle.topics().stream().map(t -> t.id()).collect(Collectors.toSet());
        Map<DraftId, Draft> drafts = bundle.drafts().stream().collect(Collectors.toMap(Draft::id, d -> d));
        Set<StatementId> statements = bundle.statements().stream().map(Statement::id).collect(Collectors.toSet());
        String where = bundle.negotiation().id().value();

        for (var person : bundle.people()) {
            person.party().ifPresent(p -> assertThat(parties).as(where + " person " + person.id()).contains(p));
        }
        for (Draft draft : bundle.drafts()) {
            assertThat(parties).as(where + " authors of " + draft.id()).containsAll(draft.authors());
            assertThat(parties).as(where + " audience of " + draft.id()).containsAll(draft.audience().parties());
            assertThat(parties).as(where + " existence of " + draft.id()).containsAll(draft.existence().parties());
            draft.derivedFrom().forEach(d -> assertThat(drafts).as(where + " lineage of " + draft.id()).containsKey(d.from()));
            draft.points().forEach(p -> assertThat(topics).as(where + " topics of " + draft.id() + " " + p.number()).containsAll(p.topics()));
        }
        assertThat(lineageIsAcyclic(bundle)).as(where + " lineage is a DAG").isTrue();
        for (Meeting meeting : bundle.meetings()) {
            assertThat(people).as(where + " attendees of " + meeting.id()).containsAll(meeting.attendees());
            assertThat(parties).as(where + " parties of " + meeting.id()).containsAll(meeting.parties())
                    .containsAll(meeting.confidentialTo()).containsAll(meeting.audience().parties());
            assertThat(drafts.keySet()).as(where + " drafts of " + meeting.id()).containsAll(meeting.drafts());
            for (HandedOver handed : meeting.handedOver()) {
                assertThat(parties).as(where + " handed over at " + meeting.id()).contains(handed.from()).containsAll(handed.to());
            }
        }
        for (Statement statement : bundle.statements()) {
            assertThat(people).as(where + " speaker of " + statement.id()).contains(statement.speakerId());
            assertThat(topics).as(where + " topics of " + statement.id()).containsAll(statement.topics());
            assertThat(parties).as(where + " audience of " + statement.id()).containsAll(statement.audience().parties());
            for (PointRef ref : statement.points()) {
                assertPointExists(drafts, ref.draftId(), ref.point(), where + " statement " + statement.id());
            }
        }
        for (Position position : bundle.positions()) {
            String what = where + " position " + position.id();
            assertThat(parties).as(what).contains(position.partyId()).containsAll(position.audience().parties());
            assertPointExists(drafts, position.draftId(), position.point(), what);
            position.conditions().forEach(c -> assertPointExists(drafts, position.draftId(), c, what + " condition"));
            position.statement().ifPresent(s -> assertThat(statements).as(what + " statement").contains(s));
        }
    }

    private static void assertPointExists(Map<DraftId, Draft> drafts, DraftId draftId, PointNumber point, String what) {
        assertThat(drafts).as(what + " draft").containsKey(draftId);
        if (point != null) {
            assertThat(drafts.get(draftId).point(point)).as(what + " point " + draftId + "/" + point).isPresent();
        }
    }

    private static boolean lineageIsAcyclic(Bundle bundle) {
        Map<DraftId, List<DraftId>> parents = bundle.drafts().stream().collect(Collectors.toMap(Draft::id,
                d -> d.derivedFrom().stream().map(Derivation::from).toList()));
        Set<DraftId> done = new HashSet<>();
        for (DraftId start : parents.keySet()) {
            if (!visit(start, parents, new HashSet<>(), done)) {
                return false;
            }
        }
        return true;
    }

    private static boolean visit(DraftId node, Map<DraftId, List<DraftId>> parents, Set<DraftId> path, Set<DraftId> done) {
        if (done.contains(node)) {
            return true;
        }
        if (!path.add(node)) {
            return false;
        }
        for (DraftId parent : parents.getOrDefault(node, List.of())) {
            if (!visit(parent, parents, path, done)) {
                return false;
            }
        }
        path.remove(node);
        done.add(node);
        return true;
    }
}
