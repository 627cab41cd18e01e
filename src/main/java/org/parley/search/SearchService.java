package org.parley.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.parley.access.ReadAudit;
import org.parley.access.ReadHold;
import org.parley.access.Viewer;
import org.parley.draft.Draft;
import org.parley.draft.DraftService;
import org.parley.draft.DraftSummary;
import org.parley.draft.Point;
import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingService;
import org.parley.meeting.Statement;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.NegotiationService;
import org.parley.negotiation.Outcome;
import org.parley.negotiation.Topic;
import org.parley.negotiation.TopicId;
import org.parley.position.Position;
import org.parley.position.PositionService;

/**
 * Finds the points, statements, meetings and positions of a negotiation that mention the words
 * of a query (stemmed, so "guarantees" finds "guarantee"). It reads only through the use cases,
 * which filter by audience in SQL, so a search never finds what its reader may not see.
 */
public final class SearchService {
    public static final int MAX_QUERY = 200;
    public static final int MAX_HITS = 100;
    private static final Analyzer WORDS = new EnglishAnalyzer();

    private final NegotiationService negotiations;
    private final DraftService drafts;
    private final PositionService positions;
    private final MeetingService meetings;
    private final ReadAudit audit;

    public SearchService(NegotiationService negotiations, DraftService drafts, PositionService positions, MeetingService meetings,
            ReadAudit audit) {
        this.audit = audit;
        this.negotiations = negotiations;
        this.drafts = drafts;
        this.positions = positions;
        this.meetings = meetings;
    }

    /** What a search is for: a point, a statement, a meeting or a position. */
    public enum Kind { POINT, STATEMENT, MEETING, POSITION }

    /** One record that matches, with where it lives and the text that matched. */
    public record Hit(Kind kind, String id, String draftId, String point, String title, String text, double score) {}

    /** The hits of one query, best first. */
    public record Results(String query, List<Hit> hits) {
        public Results {
            hits = List.copyOf(hits);
        }
    }

    public Outcome<Results> search(NegotiationId n, String query, Viewer viewer) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return Outcome.invalid("q", "a search needs at least one word");
        }
        if (q.length() > MAX_QUERY) {
            return Outcome.invalid("q", "a search is at most " + MAX_QUERY + " characters");
        }
        var overview = negotiations.overview(n, viewer);
        if (overview.isEmpty()) {
            return Outcome.notFound("negotiation " + n);
        }
        Map<TopicId, String> topicNames = overview.get().topics().stream().collect(Collectors.toMap(Topic::id, Topic::name));
        Set<String> wanted = terms(q);
        if (wanted.isEmpty()) {
            return Outcome.invalid("q", "the search has only common words; add a word that says what you look for");
        }
        List<ReadAudit.Sighting> scanned = new ArrayList<>();
        List<Hit> hits = ReadHold.holding(scanned, () -> scan(n, viewer, wanted, q, topicNames));
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        List<Hit> shown = hits.size() > MAX_HITS ? hits.subList(0, MAX_HITS) : hits;
        Set<String> shownRecords = shown.stream().map(SearchService::recordOf).collect(Collectors.toSet());
        audit.saw(viewer, n, scanned.stream().filter(s -> shownRecords.contains(s.kind() + ":" + s.recordId())).distinct().toList());
        return Outcome.done(new Results(q, shown));
    }

    /** Every record the viewer may read that matches, in no particular order; its reads are held by the caller. */
    private List<Hit> scan(NegotiationId n, Viewer viewer, Set<String> wanted, String q, Map<TopicId, String> topicNames) {
        List<Hit> hits = new ArrayList<>();
        for (DraftSummary summary : drafts.list(n, viewer)) {
            if (!summary.readable() || !summary.hasText()) {
                continue;
            }
            Draft draft = drafts.find(n, summary.id(), viewer).orElseThrow();
            for (Point p : draft.points()) {
                String topics = p.topics().stream().map(t -> topicNames.getOrDefault(t, "")).collect(Collectors.joining(" "));
                add(hits, wanted, q, Kind.POINT, p.number().value(), draft.id().value(), p.number().value(),
                        draft.title() + ", point " + p.number(), p.text(), topics);
            }
        }
        for (Statement s : meetings.statements(n, viewer)) {
            add(hits, wanted, q, Kind.STATEMENT, s.id().value(), null, null, "Statement of " + s.saidOn(), s.words(), "");
        }
        for (Meeting m : meetings.meetings(n, viewer)) {
            add(hits, wanted, q, Kind.MEETING, m.id().value(), null, null, m.title(), m.title() + ". " + m.outcome(), m.place());
        }
        for (Position p : positions.all(n, viewer)) {
            add(hits, wanted, q, Kind.POSITION, p.id().value(), p.draftId().value(), p.onPoint().map(Object::toString).orElse(null),
                    p.partyId() + ": " + p.stance().label(), p.reason(), "");
        }
        return hits;
    }

    /** The record a hit shows, as the read audit names it ({@code kind:id}). */
    private static String recordOf(Hit hit) {
        return switch (hit.kind()) {
            case POINT -> "draft:" + hit.draftId();
            case STATEMENT -> "statement:" + hit.id();
            case MEETING -> "meeting:" + hit.id();
            case POSITION -> "position:" + hit.id();
        };
    }

    /** Adds a hit when {@code text}, or the words it is filed under ({@code tags}, e.g. its topics), match the query. */
    private static void add(List<Hit> hits, Set<String> wanted, String query, Kind kind, String id, String draft, String point,
            String title, String text, String tags) {
        if (text == null || text.isBlank()) {
            return;
        }
        Set<String> found = terms(text + " " + tags);
        long matched = wanted.stream().filter(found::contains).count();
        if (matched == 0) {
            return;
        }
        double score = (double) matched / wanted.size()
                + (text.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT)) ? 1 : 0);
        hits.add(new Hit(kind, id, draft, point, title, text, score));
    }

    /** The stemmed words of a text, without common ones. */
    static Set<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream tokens = WORDS.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                out.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return out;
    }
}
