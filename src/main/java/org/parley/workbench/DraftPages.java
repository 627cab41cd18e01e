package org.parley.workbench;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parley.access.Viewer;
import org.parley.compare.Station;
import org.parley.compare.Trajectory;
import org.parley.draft.Draft;
import org.parley.draft.DraftId;
import org.parley.draft.DraftService;
import org.parley.draft.DraftSummary;
import org.parley.draft.LineageService;
import org.parley.draft.Point;
import org.parley.draft.PointNumber;
import org.parley.meeting.MeetingService;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;
import org.parley.position.Agreement;
import org.parley.position.Position;
import org.parley.position.PositionService;
import org.parley.position.Stance;

/** Reads the pages of one draft: its points with stances and a point's history, and the agreement matrix. */
public final class DraftPages {
    private final NegotiationPages negotiations;
    private final DraftService drafts;
    private final LineageService lineage;
    private final PositionService positions;
    private final MeetingService meetings;

    public DraftPages(NegotiationPages negotiations, DraftService drafts, LineageService lineage, PositionService positions,
            MeetingService meetings) {
        this.negotiations = negotiations;
        this.drafts = drafts;
        this.lineage = lineage;
        this.positions = positions;
        this.meetings = meetings;
    }

    /** What the viewer asked to see of a draft: a topic id, a stance code ({@code none} for no position), a point. */
    public record Query(String topic, String stance, String point) {}

    public Optional<DraftPage> draft(NegotiationId n, DraftId id, Query query, Viewer viewer) {
        Optional<Roster> found = negotiations.roster(n, viewer);
        Optional<Draft> draft = found.flatMap(r -> drafts.find(n, id, viewer));
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        Roster roster = found.get();
        List<DraftSummary> known = drafts.list(n, viewer);
        DraftSummary summary = known.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
        List<Position> onDraft = positions.onDraft(n, id, viewer);
        Agreement agreement = Agreement.of(roster.partyIds(), onDraft);
        String href = roster.href() + "/drafts/" + id.value();
        List<DraftPage.Row> rows = new ArrayList<>();
        for (Point p : draft.get().points()) {
            List<StanceChip> chips = roster.partyIds().stream().map(party -> roster.chip(party, agreement.current(p.number(), party).orElse(null)))
                    .toList();
            if (matches(p, chips, query)) {
                rows.add(new DraftPage.Row(p.number().value(), p.section(), p.text(), p.topics().stream().map(roster::topicName).toList(),
                        NegotiationPages.state(agreement, p.number()), chips, href + "?point=" + p.number() + "#point-" + p.number(),
                        p.number().value().equals(query.point())));
            }
        }
        List<StanceChip> whole = agreement.onWholeDraft().entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> roster.partyIds().indexOf(a) - roster.partyIds().indexOf(b)))
                .map(e -> roster.chip(e.getKey(), e.getValue())).toList();
        return Optional.of(new DraftPage(roster.header(), info(draft.get(), summary, roster),
                known.stream().map(d -> new Option(d.id().value(), LineageLayout.shortTitle(d.title()), d.id().equals(id))).toList(),
                filters(roster, query), rows, draft.get().points().size(), whole, history(n, draft.get(), onDraft, query, roster, viewer)));
    }

    private static boolean matches(Point p, List<StanceChip> chips, Query query) {
        boolean topic = blank(query.topic()) || p.topics().stream().anyMatch(t -> t.value().equals(query.topic()));
        boolean stance = blank(query.stance()) || chips.stream().anyMatch(c -> c.code().equals(query.stance()));
        return topic && stance;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static DraftPage.Filters filters(Roster roster, Query query) {
        List<Option> topics = roster.topics().stream()
                .map(t -> new Option(t.id().value(), t.name(), t.id().value().equals(query.topic()))).toList();
        List<Option> stances = Stream.concat(Arrays.stream(Stance.values()).map(s -> new Option(s.code(), s.label(), s.code().equals(query.stance()))),
                Stream.of(new Option(StanceChip.NONE, "no position", StanceChip.NONE.equals(query.stance())))).toList();
        return new DraftPage.Filters(topics, stances, !blank(query.topic()) || !blank(query.stance()));
    }

    private static DraftPage.Info info(Draft d, DraftSummary summary, Roster roster) {
        String reason = !summary.hasText() ? "Parley does not hold the text of this draft: it is known only from reporting."
                : !summary.readable() ? "The text of this draft is confidential to " + roster.audience(d.audience()) + "." : "";
        String from = d.derivedFrom().stream().map(x -> x.kind().name().toLowerCase(Locale.ROOT) + " draft " + x.from())
                .collect(Collectors.joining(", "));
        return new DraftPage.Info(d.id().value(), d.title(), roster.badges(d.authors()), Roster.day(d.date()),
                d.status().name().toLowerCase(Locale.ROOT), roster.audience(d.audience()), roster.audience(d.existence()),
                summary.pointCount(), !reason.isEmpty(), reason, from, d.preamble(), d.note(), Roster.source(d.provenance()));
    }

    private DraftPage.History history(NegotiationId n, Draft draft, List<Position> onDraft, Query query,
            Roster roster, Viewer viewer) {
        if (blank(query.point()) || !PointNumber.isValid(query.point())) {
            return null;
        }
        PointNumber number = PointNumber.of(query.point());
        Optional<Point> point = draft.point(number);
        if (point.isEmpty()) {
            return null;
        }
        List<DraftPage.Entry> entries = onDraft.stream().filter(p -> number.equals(p.point()))
                .map(p -> new DraftPage.Entry(Roster.day(p.recordedAt().atOffset(ZoneOffset.UTC).toLocalDate()),
                        roster.chip(p.partyId(), p), p.reason(), p.recordedBy(), Roster.source(p.provenance())))
                .toList();
        List<StatementView> statements = meetings.statements(n, viewer).stream()
                .filter(s -> s.points().stream().anyMatch(r -> r.draftId().equals(draft.id()) && (r.point() == null || r.point().equals(number))))
                .map(roster::statement).toList();
        Optional<Trajectory> trajectory = lineage.trajectory(n, draft.id(), number, viewer);
        return new DraftPage.History(number.value(), point.get().text(), entries, statements,
                trajectory.map(t -> stations(t.earlier())).orElse(List.of()), trajectory.map(t -> stations(t.later())).orElse(List.of()));
    }

    private static List<String> stations(List<Station> stations) {
        return stations.stream().map(s -> "draft " + s.draft() + ": "
                + (s.points().isEmpty() ? "dropped" : points(s.points()) + " (" + String.join(", ", s.kinds()) + ")")
                + (s.perhaps().isEmpty() ? "" : (s.points().isEmpty() ? ", perhaps " : "; perhaps also ") + points(s.perhaps()))
                + (s.carried().isEmpty() ? "" : "; words also in " + points(s.carried())))
                .toList();
    }

    private static String points(List<String> numbers) {
        return (numbers.size() == 1 ? "point " : "points ") + String.join(" + ", numbers);
    }

    /** The matrix of draft {@code draftParam} (else the latest the viewer may read), on the points of {@code topic} when given. */
    public Optional<MatrixPage> matrix(NegotiationId n, String draftParam, String topic, Viewer viewer) {
        return negotiations.roster(n, viewer).map(roster -> {
            List<DraftSummary> withText = drafts.list(n, viewer).stream().filter(d -> d.readable() && d.hasText()).toList();
            Optional<DraftSummary> chosen = withText.stream().filter(d -> d.id().value().equals(draftParam)).findFirst()
                    .or(() -> withText.stream().reduce((a, b) -> b));
            if (chosen.isEmpty()) {
                return new MatrixPage(roster.header(), "", "", List.of(), List.of(), List.of(), List.of(), List.of(),
                        "No draft of this negotiation has a text you may read.");
            }
            Map<DraftId, List<Position>> byDraft = positions.all(n, viewer).stream()
                    .collect(Collectors.groupingBy(Position::draftId, LinkedHashMap::new, Collectors.toList()));
            List<MatrixPage.DraftStanding> movement = new ArrayList<>();
            Draft shown = null;
            Agreement shownAgreement = null;
            for (DraftSummary d : withText) {
                Draft draft = drafts.find(n, d.id(), viewer).orElseThrow();
                Agreement agreement = Agreement.of(roster.partyIds(), byDraft.getOrDefault(d.id(), List.of()));
                movement.add(new MatrixPage.DraftStanding(d.id().value(), d.title(), roster.href() + "/matrix?draft=" + d.id(),
                        NegotiationPages.counts(agreement, draft.points())));
                if (d.id().equals(chosen.get().id())) {
                    shown = draft;
                    shownAgreement = agreement;
                }
            }
            return matrix(roster, shown, shownAgreement, withText, movement, topic);
        });
    }

    private static MatrixPage matrix(Roster roster, Draft draft, Agreement agreement, List<DraftSummary> withText,
            List<MatrixPage.DraftStanding> movement, String topic) {
        String href = roster.href() + "/drafts/" + draft.id().value();
        List<Point> points = draft.points().stream().filter(p -> blank(topic) || p.topics().stream().anyMatch(t -> t.value().equals(topic)))
                .toList();
        List<MatrixPage.Column> columns = points.stream().map(p -> new MatrixPage.Column(p.number().value(),
                href + "?point=" + p.number() + "#point-" + p.number(), p.text(),
                (int) roster.partyIds().stream().filter(party -> agreement.current(p.number(), party).map(x -> x.stance().accepts()).orElse(false)).count(),
                NegotiationPages.state(agreement, p.number()))).toList();
        List<MatrixPage.Row> rows = new ArrayList<>();
        for (PartyId party : roster.partyIds()) {
            List<StanceChip> cells = points.stream().map(p -> roster.chip(party, agreement.current(p.number(), party).orElse(null))).toList();
            int accepts = (int) cells.stream().filter(c -> c.hasStance() && Stance.parse(c.code()).orElseThrow().accepts()).count();
            int silent = (int) cells.stream().filter(c -> !c.hasStance()).count();
            rows.add(new MatrixPage.Row(roster.badge(party), cells, accepts, cells.size() - accepts - silent, silent));
        }
        List<Option> topics = roster.topics().stream()
                .filter(t -> draft.points().stream().anyMatch(p -> p.topics().contains(t.id())))
                .map(t -> new Option(t.id().value(), t.name(), t.id().value().equals(topic))).toList();
        return new MatrixPage(roster.header(), draft.id().value(), draft.title(),
                withText.stream().map(d -> new Option(d.id().value(), LineageLayout.shortTitle(d.title()), d.id().equals(draft.id()))).toList(),
                topics, columns, rows, movement, "");
    }
}
