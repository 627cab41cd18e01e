package org.parley.access;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The one rule of confidentiality, shared by the API, the web, the CLI, exports and the live stream:
 * a viewer sees a record when the record is public or one of the viewer's parties is in its audience.
 * Stores apply the same rule in SQL through {@link #visibleParties(Viewer)}.
 */
public final class AccessPolicy {
    private AccessPolicy() {}

    public static boolean canSee(Viewer viewer, Audience audience) {
        return audience.isPublic() || viewer.parties().stream().anyMatch(audience.parties()::contains);
    }

    /** The records of {@code records} that {@code viewer} may see, in their order. */
    public static <T> List<T> visible(Viewer viewer, Collection<T> records, Function<T, Audience> audienceOf) {
        return records.stream().filter(r -> canSee(viewer, audienceOf.apply(r))).toList();
    }

    /** The party ids a store must match against a record's audience; empty means public records only. */
    public static List<String> visibleParties(Viewer viewer) {
        return viewer.parties().stream().map(p -> p.value()).sorted().toList();
    }
}
