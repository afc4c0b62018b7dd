package org.breathpace.routine;

import java.util.Objects;

/**
 * How one exercise went.
 *
 * @param id        exercise id
 * @param name      as shown
 * @param plannedS  planned seconds (every side, the switch, the rest)
 * @param doneS     seconds actually spent on it (paused time not counted)
 * @param sides     sides planned (1 or 2)
 * @param sidesDone sides finished
 * @param repsDone  reps done over all sides (0 for a timed exercise)
 * @param skipped   left out (skipped, or never reached before the session ended)
 * @param eased     made shorter and gentler after a pain report
 */
public record ExerciseResult(String id, String name, double plannedS, double doneS, int sides, int sidesDone,
                             int repsDone, boolean skipped, boolean eased) {
    public ExerciseResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!(plannedS >= 0) || !(doneS >= 0) || sidesDone < 0 || sidesDone > sides || repsDone < 0) {
            throw new IllegalArgumentException("inconsistent result for " + id);
        }
    }
}
