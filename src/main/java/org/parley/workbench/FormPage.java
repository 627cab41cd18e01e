package org.parley.workbench;

import java.util.List;
import org.parley.platform.web.Form;

/** A form of a negotiation with the choices its fields offer: drafts, parties, people, topics, stances. */
public record FormPage(Header header, Form form, List<Option> drafts, List<Option> draftsWithText, List<Option> parties, List<Option> people,
        List<Option> topics, List<Option> stances) {

    public FormPage {
        drafts = List.copyOf(drafts);
        draftsWithText = List.copyOf(draftsWithText);
        parties = List.copyOf(parties);
        people = List.copyOf(people);
        topics = List.copyOf(topics);
        stances = List.copyOf(stances);
    }

    /** The same page showing {@code next}: the submitted values with their refusals. */
    public FormPage with(Form next) {
        return new FormPage(header, next, drafts, draftsWithText, parties, people, topics, stances);
    }
}
