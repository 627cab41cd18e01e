package org.parley.meeting;

import java.util.List;
import java.util.Optional;
import org.parley.access.Viewer;
import org.parley.negotiation.NegotiationId;

/** Where meetings and statements are kept. Reads return what the viewer may see. */
public interface Meetings {
    boolean meetingExists(NegotiationId negotiation, MeetingId id);

    void addMeeting(Meeting meeting);

    Optional<Meeting> findMeeting(NegotiationId negotiation, MeetingId id, Viewer viewer);

    /** Meetings the viewer may see, earliest first. */
    List<Meeting> meetings(NegotiationId negotiation, Viewer viewer);

    boolean statementExists(NegotiationId negotiation, StatementId id);

    void addStatement(Statement statement);

    Optional<Statement> findStatement(NegotiationId negotiation, StatementId id, Viewer viewer);

    /** Statements the viewer may see, in the order they were said and recorded. */
    List<Statement> statements(NegotiationId negotiation, Viewer viewer);
}
