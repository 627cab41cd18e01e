package org.parley.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parley.negotiation.PartyId;

/**
 * Who may see a record: a set of parties, and whether the public may too. Audiences only widen:
 * a disclosure adds parties or makes a record public, never takes a reader away.
 */
public record Audience(Set<PartyId> parties, boolean isPublic) {
    public static final Audience PUBLIC = new Audience(Set.of(), true);

    public Audience {
        parties = Set.copyOf(parties == null ? Set.of() : parties);
        if (!isPublic && parties.isEmpty()) {
            throw new IllegalArgumentException("a confidential audience needs at least one party");
        }
    }

    /** A confidential audience of the given parties. */
    public static Audience of(PartyId... parties) {
        return new Audience(Set.of(parties), false);
    }

    public static Audience of(Collection<PartyId> parties) {
        return new Audience(Set.copyOf(parties), false);
    }

    /** Parses the canonical form written by {@link #canonical()}: {@code public} or {@code us,ru} or {@code public+us}. */
    public static Audience parse(String canonical) {
        String text = canonical == null ? "" : canonical.strip();
        boolean isPublic = text.equals("public") || text.startsWith("public+");
        String partyList = isPublic ? text.substring("public".length()).replaceFirst("^\\+", "") : text;
        Set<PartyId> parties = Arrays.stream(partyList.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(PartyId::of)
                .collect(Collectors.toSet());
        return new Audience(parties, isPublic);
    }

    /** A stable text form: {@code public}, or the sorted party ids, e.g. {@code ru,us}. */
    public String canonical() {
        String list = parties.stream().map(PartyId::value).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(","));
        if (isPublic) {
            return list.isEmpty() ? "public" : "public+" + list;
        }
        return list;
    }

    /** Whether every reader of {@code other} is also a reader of this audience. */
    public boolean covers(Audience other) {
        return (isPublic || !other.isPublic) && (isPublic || parties.containsAll(other.parties));
    }

    /** The outcome of widening this audience to {@code wider}: refused when it would take a reader away. */
    public Disclosure widenTo(Audience wider) {
        if (!wider.isPublic && !wider.parties.containsAll(parties) || isPublic && !wider.isPublic) {
            return new Disclosure.Refused("an audience can only be widened: " + canonical() + " is not within " + wider.canonical());
        }
        return new Disclosure.Widened(wider);
    }

    /** The result of a request to widen an audience. */
    public sealed interface Disclosure {
        record Widened(Audience audience) implements Disclosure {}

        record Refused(String reason) implements Disclosure {}
    }
}
