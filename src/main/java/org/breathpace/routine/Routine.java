package org.breathpace.routine;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A whole session plan: a check-in of the resting rate, a breathing block, the exercises in order,
 * and a closing check of the rate.
 *
 * @param name          as shown and stored in history
 * @param checkInS      seconds to measure the resting rate first, {@value #MIN_CHECK_S}–{@value #MAX_CHECK_S}
 * @param breathing     the paced breathing block
 * @param exercises     1–{@value #MAX_EXERCISES} exercises, ids unique
 * @param closingCheckS seconds to measure the rate again at the end, 0 (none) or
 *                      {@value #MIN_CHECK_S}–{@value #MAX_CHECK_S}
 */
public record Routine(String name, int checkInS, BreathingBlock breathing, List<Exercise> exercises, int closingCheckS) {
    public static final int MIN_CHECK_S = 10;
    public static final int MAX_CHECK_S = 120;
    public static final int MAX_EXERCISES = 20;

    public Routine {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a routine needs a name");
        }
        Objects.requireNonNull(breathing, "breathing");
        exercises = List.copyOf(exercises);
        if (exercises.isEmpty() || exercises.size() > MAX_EXERCISES) {
            throw new IllegalArgumentException("a routine needs 1–" + MAX_EXERCISES + " exercises, not " + exercises.size());
        }
        Set<String> ids = new HashSet<>();
        for (Exercise e : exercises) {
            if (!ids.add(e.id())) {
                throw new IllegalArgumentException("the exercise " + e.id() + " appears twice: give the second one its own id");
            }
        }
        if (checkInS < MIN_CHECK_S || checkInS > MAX_CHECK_S) {
            throw new IllegalArgumentException("the check-in must be " + MIN_CHECK_S + "–" + MAX_CHECK_S + " seconds, not " + checkInS);
        }
        if (closingCheckS != 0 && (closingCheckS < MIN_CHECK_S || closingCheckS > MAX_CHECK_S)) {
            throw new IllegalArgumentException("the closing check must be 0 or " + MIN_CHECK_S + "–" + MAX_CHECK_S
                    + " seconds, not " + closingCheckS);
        }
    }

    /** Planned length in seconds. */
    public double plannedS() {
        double s = checkInS + breathing.seconds() + closingCheckS;
        for (Exercise e : exercises) {
            s += e.plannedS();
        }
        return s;
    }
}
