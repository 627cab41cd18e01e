package org.parley.workbench;

import java.util.List;
import org.parley.platform.web.Form;

/**
 * A form of a negotiation with the choices its fields offer: drafts, parties (and those the viewer
 * acts for, in whose name it may record positions), people, topics, stances.
 */
public record FormPage(Header header, Form form, List<Option> drafts, List<Option> draftsWithText, List<Option> parties,
        List<Option> ownParties, List<Option> people, List<Option> topics, List<Option> stances) {

    public FormPage {
        ownParties = List.copyOf(ownParties);
        drafts = List.copyOf(drafts);
        draftsWithText = List.copyOf(draftsWithText);
        parties = List.copyOf(parties);
        people = List.copyOf(people);
        topics = List.copyOf(topics);
        stances = List.copyOf(stances);
    }

    /** The same page showing {@code next}: the submitted values with their refusals. */
    public FormPage with(Form next) {
        return new FormPage(header, next, drafts, draftsWithText, parties, ownParties, people, topics, stances);
    }
}
