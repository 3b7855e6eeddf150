package vn.sochibo.election.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.sochibo.common.Problem;
import vn.sochibo.common.Text;
import vn.sochibo.common.ValidationException;

/**
 * One paper ballot as the counting board reads it. Names are cleaned as every text entering the program
 * ({@link Text#clean}), so they match the names on the list.
 */
public sealed interface Ballot permits Ballot.CrossingOut, Ballot.AgreeDisagree, Ballot.RuledInvalid {

    /**
     * A ballot for a list with surplus: the voter crossed out the names listed here; every other name on
     * the list is kept.
     *
     * @param crossed names crossed out, in entry order; duplicates are kept so the tally can report them
     */
    record CrossingOut(List<String> crossed) implements Ballot {
        /**
         * Normalises the names.
         *
         * @throws NullPointerException if the list or a name is null
         */
        public CrossingOut {
            List<String> names = new ArrayList<>(crossed.size());
            for (String name : crossed) {
                names.add(Text.clean(Objects.requireNonNull(name, "name")));
            }
            crossed = List.copyOf(names);
        }
    }

    /**
     * A ballot for a list without surplus: per name, what was marked. A name missing from the map counts as
     * {@link Mark#NONE}.
     *
     * @param marks mark per name
     */
    record AgreeDisagree(Map<String, Mark> marks) implements Ballot {
        /**
         * Normalises the names.
         *
         * @throws ValidationException     ({@code election.engine.nameMarkedTwice} with the name) if two keys are
         *                                  the same name once cleaned
         * @throws NullPointerException     if the map, a name or a mark is null
         */
        public AgreeDisagree {
            Map<String, Mark> normalised = new LinkedHashMap<>();
            for (Map.Entry<String, Mark> entry : marks.entrySet()) {
                String name = Text.clean(Objects.requireNonNull(entry.getKey(), "name"));
                Mark mark = Objects.requireNonNull(entry.getValue(), "mark");
                if (normalised.put(name, mark) != null) {
                    throw new ValidationException(List.of(Problem.error("ballot", "election.engine.nameMarkedTwice",
                            name)));
                }
            }
            marks = Collections.unmodifiableMap(normalised);
        }
    }

    /**
     * A ballot the counting board ruled invalid for a reason the program cannot see (no stamp, a name
     * written in, identifying marks): src/site/rules.md, "Bầu cử tại đại hội chi bộ".
     *
     * @param reason the board's free-text reason, printed in the count record; may be blank
     */
    record RuledInvalid(String reason) implements Ballot {
        /**
         * Cleans the reason.
         *
         * @throws NullPointerException if the reason is null
         */
        public RuledInvalid {
            reason = Text.clean(Objects.requireNonNull(reason, "reason"));
        }
    }

    /**
     * A crossing-out ballot.
     *
     * @param crossed names crossed out
     * @return the ballot
     */
    static Ballot crossing(String... crossed) {
        return new CrossingOut(List.of(crossed));
    }

    /**
     * A ballot the board ruled invalid.
     *
     * @param reason the board's reason
     * @return the ballot
     */
    static Ballot invalid(String reason) {
        return new RuledInvalid(reason);
    }
}
