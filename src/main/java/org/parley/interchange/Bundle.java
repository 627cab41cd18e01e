package org.parley.interchange;

import static org.parley.negotiation.Text.counted;

import java.util.List;
import java.util.Objects;
import org.parley.draft.Draft;
import org.parley.draft.LinkConfirmation;
import org.parley.meeting.Meeting;
import org.parley.meeting.Statement;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.Party;
import org.parley.negotiation.Person;
import org.parley.negotiation.Topic;
import org.parley.position.Position;

/**
 * A whole negotiation as one document: what {@code parley export} writes and {@code parley import
 * bundle} reads, confirmed links included. Exporting and importing again gives the same bundle.
 */
public record Bundle(
        int format,
        Negotiation negotiation,
        List<Party> parties,
        List<Person> people,
        List<Topic> topics,
        List<Draft> drafts,
        List<Meeting> meetings,
        List<Statement> statements,
        List<Position> positions,
        List<LinkConfirmation> links) {

    public static final int FORMAT = 1;

    public Bundle {
        if (format != FORMAT) {
            throw new IllegalArgumentException("unsupported bundle format " + format + "; this Parley reads format " + FORMAT);
        }
        Objects.requireNonNull(negotiation, "negotiation");
        parties = List.copyOf(parties == null ? List.of() : parties);
        people = List.copyOf(people == null ? List.of() : people);
        topics = List.copyOf(topics == null ? List.of() : topics);
        drafts = List.copyOf(drafts == null ? List.of() : drafts);
        meetings = List.copyOf(meetings == null ? List.of() : meetings);
        statements = List.copyOf(statements == null ? List.of() : statements);
        positions = List.copyOf(positions == null ? List.of() : positions);
        links = List.copyOf(links == null ? List.of() : links);
    }

    /** What the bundle holds, as one line: "5 drafts, 18 positions, 2 meetings, 6 statements, 1 confirmed link". */
    public String describe() {
        return String.join(", ", counted(drafts.size(), "draft"), counted(positions.size(), "position"),
                counted(meetings.size(), "meeting"), counted(statements.size(), "statement"), counted(links.size(), "confirmed link"));
    }
}
