package org.parley.workbench.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.parley.access.Audience;
import org.parley.access.Viewer;
import org.parley.draft.Derivation;
import org.parley.draft.Draft;
import org.parley.draft.DraftId;
import org.parley.draft.DraftStatus;
import org.parley.draft.LinkConfirmation;
import org.parley.draft.Point;
import org.parley.draft.PointNumber;
import org.parley.interchange.DraftTextParser;
import org.parley.interchange.Malformed;
import org.parley.interchange.ParsedDraft;
import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingId;
import org.parley.meeting.PointRef;
import org.parley.meeting.Statement;
import org.parley.meeting.StatementId;
import org.parley.negotiation.Ids;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.PersonId;
import org.parley.negotiation.TopicId;
import org.parley.platform.web.Form;
import org.parley.position.Position;
import org.parley.position.PositionId;
import org.parley.position.Stance;

/** Turns the workbench's submitted forms into records, or into the messages to show beside the refused fields. */
final class Submissions {
    private static final int MAX_DRAFT_BYTES = 1024 * 1024;

    private Submissions() {}

    /** A record read from a form, or the form's refusals by field. */
    record Submission<T>(T value, Map<String, String> errors) {
        static <T> Submission<T> of(Fields fields, Supplier<T> build) {
            if (!fields.valid()) {
                return new Submission<>(null, fields.errors());
            }
            try {
                return new Submission<>(build.get(), Map.of());
            } catch (IllegalArgumentException e) {
                return new Submission<>(null, Map.of("", e.getMessage()));
            }
        }

        boolean valid() {
            return errors.isEmpty();
        }
    }

    static Submission<Position> position(NegotiationId n, Form form, Viewer by) {
        Fields f = new Fields(form);
        DraftId draft = f.read("draft", true, DraftId::of);
        PointNumber point = f.read("point", false, PointNumber::of);
        PartyId party = f.read("party", true, PartyId::of);
        Stance stance = f.read("stance", true, s -> Stance.parse(s).orElseThrow(() -> new IllegalArgumentException("choose a stance")));
        String reason = f.text("reason", false);
        Audience audience = f.audience();
        var provenance = f.provenance();
        return Submission.of(f, () -> new Position(n, PositionId.of(Ids.random()), party, draft, point, stance, reason, List.of(), null,
                provenance, audience, by.name(), Instant.now()));
    }

    static Submission<Statement> statement(NegotiationId n, Form form) {
        Fields f = new Fields(form);
        PersonId speaker = f.read("speaker", true, PersonId::of);
        String words = f.text("words", true);
        var saidOn = f.date("saidOn", true);
        List<PointRef> points = f.list("points", Submissions::pointRef);
        List<TopicId> topics = f.list("topics", TopicId::of);
        Audience audience = f.audience();
        var provenance = f.provenance();
        return Submission.of(f, () -> new Statement(n, StatementId.of(Ids.random()), speaker, words, saidOn, f.text("setting", false),
                points, topics, audience, provenance));
    }

    /** "E:3" for point 3 of draft E, "E" for the whole draft. */
    private static PointRef pointRef(String ref) {
        int colon = ref.indexOf(':');
        return colon < 0 ? new PointRef(DraftId.of(ref), null)
                : new PointRef(DraftId.of(ref.substring(0, colon).strip()), PointNumber.of(ref.substring(colon + 1).strip()));
    }

    static Submission<Meeting> meeting(NegotiationId n, Form form) {
        Fields f = new Fields(form);
        String title = f.text("title", true);
        LocalDateTime start = f.read("start", true, LocalDateTime::parse);
        Duration duration = f.read("hours", false, h -> {
            double hours = Double.parseDouble(h);
            if (!(hours > 0 && hours <= 24 * 60)) {
                throw new IllegalArgumentException("hours must be more than 0, at most 1440");
            }
            return Duration.ofMinutes(Math.round(hours * 60));
        });
        List<PartyId> parties = f.list("parties", PartyId::of);
        List<DraftId> drafts = f.list("drafts", DraftId::of);
        Audience audience = f.audience();
        var provenance = f.provenance();
        return Submission.of(f, () -> new Meeting(n, MeetingId.of(Ids.random()), title, f.text("place", false),
                start.atOffset(ZoneOffset.UTC), duration, List.of(), parties, drafts, List.of(), f.text("outcome", false), List.of(),
                audience, provenance));
    }

    static Submission<Draft> draft(NegotiationId n, Form form) {
        Fields f = new Fields(form);
        DraftId id = f.read("id", true, DraftId::of);
        String title = f.text("title", true);
        List<PartyId> authors = f.list("authors", PartyId::of);
        var date = f.date("date", false);
        DraftStatus status = f.read("status", true, s -> DraftStatus.valueOf(s.toUpperCase(Locale.ROOT)));
        DraftId from = f.read("derivedFrom", false, DraftId::of);
        Derivation.Kind kind = f.read("kind", from != null, k -> Derivation.Kind.valueOf(k.toUpperCase(Locale.ROOT)));
        Audience audience = f.audience();
        ParsedDraft parsed = form.file("points").isPresent()
                ? f.readFile("points" + Form.FILE_SUFFIX, form.file("points").get(), Submissions::parseFile)
                : f.read("points", !form.hasError("points" + Form.FILE_SUFFIX), Submissions::parseText);
        return Submission.of(f, () -> new Draft(n, id, title, authors, date, status, audience, null, null, parsed.preamble(),
                parsed.points().stream().map(p -> new Point(PointNumber.of(p.number()), p.text(), p.section(), List.of())).toList(),
                from == null ? List.of() : List.of(new Derivation(from, kind)), null, ""));
    }

    static Submission<LinkConfirmation> link(NegotiationId n, Form form, Viewer by) {
        Fields f = new Fields(form);
        DraftId from = f.read("from", true, DraftId::of);
        DraftId to = f.read("to", true, DraftId::of);
        List<PointNumber> fromPoints = f.read("fromPoints", false, Submissions::pointNumbers);
        List<PointNumber> toPoints = f.read("toPoints", false, Submissions::pointNumbers);
        LinkConfirmation.Kind kind = f.read("kind", true, k -> LinkConfirmation.Kind.valueOf(k.toUpperCase(Locale.ROOT)));
        return Submission.of(f, () -> new LinkConfirmation(n, Ids.random(), from, to, fromPoints, toPoints, kind, by.name(), Instant.now()));
    }

    /** "5, 10" or "5 + 10": point numbers of one side of a link. */
    private static List<PointNumber> pointNumbers(String text) {
        return Arrays.stream(text.split("[,+\\s]+")).filter(s -> !s.isEmpty()).map(PointNumber::of).toList();
    }

    private static ParsedDraft parseText(String text) {
        return parseFile(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A draft in any format the parser reads: numbered text, JSON, legal XML or a Word document. */
    private static ParsedDraft parseFile(byte[] content) {
        var result = new DraftTextParser(MAX_DRAFT_BYTES).parse("points", content);
        if (result instanceof Malformed m) {
            throw new IllegalArgumentException(m.line() == 0 ? "expected " + m.expected() : "line " + m.line() + ": expected " + m.expected());
        }
        return (ParsedDraft) result;
    }
}
