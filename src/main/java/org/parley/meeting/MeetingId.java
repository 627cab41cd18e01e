package org.parley.meeting;

import org.parley.negotiation.Ids;

/** Identifies a meeting; unique within its negotiation. */
public record MeetingId(String value) {
    public MeetingId {
        Ids.require("meeting id", value);
    }

    public static MeetingId of(String value) {
        return new MeetingId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
