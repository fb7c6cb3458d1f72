package org.tuoyu.sandbox.scenario;

import java.util.List;
import java.util.Map;

/**
 * A saved classroom workshop inside a workspace file: what the groups were offered and what each group chose. The
 * workspace's scenarios are the workshop's baseline and then one reform per group, in the order of {@link #groups};
 * this block keeps what a scenario file does not: the open levers with their bounds ({@code KEY=MIN:MAX}, as
 * {@code optimise} and {@code workshop serve} take them), the goals ({@code IND(>=|<=)VALUE}), the year they are read
 * in, the time limit, and per group its name, whether it submitted and the values of the open levers it set. The
 * workshop package reads the lever and goal texts; here they are only checked for their shape.
 *
 * @param code    the join code the workshop ran with (a reopened workshop gets a new one)
 * @param minutes how long submissions stayed open, 0 for no limit
 */
public record WorkshopBlock(String code, int year, List<String> levers, List<String> goals, int minutes,
                            List<Group> groups) {

    /** Keys of the block, in the order they are written. */
    static final List<String> KEYS = List.of("code", "year", "levers", "goals", "minutes", "groups");
    static final List<String> GROUP_KEYS = List.of("name", "submitted", "levers");

    /** One group: its name as the board showed it, whether it submitted, the open levers' values (by path). */
    public record Group(String name, boolean submitted, Map<String, Double> levers) {
        public Group {
            levers = Map.copyOf(levers);
        }
    }

    public WorkshopBlock {
        levers = List.copyOf(levers);
        goals = List.copyOf(goals);
        groups = List.copyOf(groups);
        if (minutes < 0) throw new IllegalArgumentException("a time limit is not negative: " + minutes);
    }
}
