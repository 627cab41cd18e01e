package org.parley.position;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.draft.PointNumber;
import org.parley.negotiation.PartyId;

/**
 * Where agreement stands on a draft, from its positions: the current stance of each party on each
 * point (the latest recorded), and whether a point is agreed by all, contested or blocked.
 */
public final class Agreement {
    private final List<PartyId> parties;
    private final Map<PointNumber, Map<PartyId, Position>> current = new LinkedHashMap<>();
    private final Map<PartyId, Position> onWholeDraft = new LinkedHashMap<>();

    private Agreement(List<PartyId> parties, Collection<Position> positionsOldestFirst) {
        this.parties = List.copyOf(parties);
        for (Position p : positionsOldestFirst) {
            if (p.point() == null) {
                onWholeDraft.put(p.partyId(), p);
            } else {
                current.computeIfAbsent(p.point(), k -> new LinkedHashMap<>()).put(p.partyId(), p);
            }
        }
    }

    /** Reads agreement among {@code parties} from positions given oldest first. */
    public static Agreement of(List<PartyId> parties, Collection<Position> positionsOldestFirst) {
        return new Agreement(parties, positionsOldestFirst);
    }

    public Optional<Position> current(PointNumber point, PartyId party) {
        return Optional.ofNullable(current.getOrDefault(point, Map.of()).get(party));
    }

    /** The latest position of each party on the draft as a whole. */
    public Map<PartyId, Position> onWholeDraft() {
        return Map.copyOf(onWholeDraft);
    }

    public State state(PointNumber point) {
        Map<PartyId, Position> stances = current.getOrDefault(point, Map.of());
        if (stances.values().stream().anyMatch(p -> p.stance() == Stance.BLOCK)) {
            return State.BLOCKED;
        }
        if (stances.isEmpty()) {
            return State.UNKNOWN;
        }
        boolean allAccept = parties.stream().allMatch(party -> stances.containsKey(party) && stances.get(party).stance().accepts());
        if (allAccept) {
            return State.AGREED;
        }
        return stances.values().stream().anyMatch(p -> !p.stance().accepts()) ? State.CONTESTED : State.OPEN;
    }

    /** The points among {@code points} in each state, in the order given. */
    public Map<State, List<PointNumber>> byState(List<PointNumber> points) {
        Map<State, List<PointNumber>> out = new LinkedHashMap<>();
        for (State s : State.values()) {
            out.put(s, new ArrayList<>());
        }
        points.forEach(p -> out.get(state(p)).add(p));
        return out;
    }

    /** How far a point is from agreement. */
    public enum State {
        /** Every party accepts, with or without reservations. */
        AGREED,
        /** Some parties have not taken a position yet; none opposes. */
        OPEN,
        /** At least one party opposes or is undecided. */
        CONTESTED,
        /** At least one party calls it a red line. */
        BLOCKED,
        /** No party has taken a position. */
        UNKNOWN
    }
}
