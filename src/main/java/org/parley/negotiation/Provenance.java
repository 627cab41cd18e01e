package org.parley.negotiation;

import java.util.List;
import java.util.Objects;

/** Where a record came from and how sure we are of it; records made inside Parley have no sources. */
public record Provenance(Certainty certainty, List<Source> sources) {
    public static final Provenance FIRST_HAND = new Provenance(Certainty.CONFIRMED, List.of());

    public Provenance {
        Objects.requireNonNull(certainty, "certainty");
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    public static Provenance reported(Source... sources) {
        return new Provenance(Certainty.REPORTED, List.of(sources));
    }
}
