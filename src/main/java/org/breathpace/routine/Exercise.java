package org.breathpace.routine;

import java.util.List;
import java.util.Objects;

/**
 * One exercise of the move block. Timed by seconds or by reps (exactly one of the two is
 * non-zero), per side when it has two sides.
 *
 * @param id            short stable name, lower case with dashes, e.g. {@code cat-cow}
 * @param name          as shown, e.g. "Cat-cow with control"
 * @param instructions  what to do, in a few short sentences
 * @param movements     what it restores (at least one)
 * @param seconds       seconds per side, {@value #MIN_SECONDS}–{@value #MAX_SECONDS}; 0 when counted in reps
 * @param reps          reps per side, 1–{@value #MAX_REPS}; 0 when timed in seconds
 * @param secondsPerRep how long one rep takes on the clock (used to plan, and to pace reps when no breath is
 *                      heard), 2–30 s
 * @param sides         1, or 2 for left then right
 * @param restS         rest after the exercise, 0–{@value #MAX_REST_S} s
 * @param breathingCue  how to breathe during it
 * @param breathLed     whether a rep advances on each detected exhale rather than on the clock
 */
public record Exercise(String id, String name, String instructions, List<Movement> movements, int seconds, int reps,
                       double secondsPerRep, int sides, int restS, String breathingCue, boolean breathLed) {
    public static final int MIN_SECONDS = 5;
    public static final int MAX_SECONDS = 600;
    public static final int MAX_REPS = 50;
    public static final int MAX_REST_S = 120;
    /** Seconds to change sides between the first and second side. */
    public static final int SIDE_SWITCH_S = 5;

    public Exercise {
        requireText("id", id);
        requireText("name", name);
        requireText("instructions", instructions);
        requireText("breathing cue", breathingCue);
        movements = List.copyOf(Objects.requireNonNull(movements, "movements"));
        if (movements.isEmpty()) {
            throw new IllegalArgumentException(id + ": name at least one movement it restores");
        }
        if ((seconds == 0) == (reps == 0)) {
            throw new IllegalArgumentException(id + ": give either seconds or reps, not both or neither");
        }
        if (seconds != 0 && (seconds < MIN_SECONDS || seconds > MAX_SECONDS)) {
            throw new IllegalArgumentException(id + ": seconds must be " + MIN_SECONDS + "–" + MAX_SECONDS + ", not " + seconds);
        }
        if (reps != 0 && (reps < 1 || reps > MAX_REPS)) {
            throw new IllegalArgumentException(id + ": reps must be 1–" + MAX_REPS + ", not " + reps);
        }
        if (!(secondsPerRep >= 2 && secondsPerRep <= 30)) {
            throw new IllegalArgumentException(id + ": seconds per rep must be 2–30, not " + secondsPerRep);
        }
        if (sides != 1 && sides != 2) {
            throw new IllegalArgumentException(id + ": sides must be 1 or 2, not " + sides);
        }
        if (restS < 0 || restS > MAX_REST_S) {
            throw new IllegalArgumentException(id + ": rest must be 0–" + MAX_REST_S + " seconds, not " + restS);
        }
        if (breathLed && reps == 0) {
            throw new IllegalArgumentException(id + ": only an exercise counted in reps can be led by the breath");
        }
    }

    private static void requireText(String what, String v) {
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("an exercise needs a " + what);
        }
    }

    /** Whether it is counted in reps. */
    public boolean counted() {
        return reps > 0;
    }

    /** Planned seconds of work on one side. */
    public double workS() {
        return counted() ? reps * secondsPerRep : seconds;
    }

    /** Planned seconds in all: every side, the side change, and the rest after. */
    public double plannedS() {
        return sides * workS() + (sides - 1) * SIDE_SWITCH_S + restS;
    }

    /** The same exercise with other timing; unchanged where a value is null. */
    public Exercise retimed(Integer newSeconds, Integer newReps, Integer newSides, Integer newRestS) {
        int s = newSeconds != null ? newSeconds : newReps != null ? 0 : seconds;
        int r = newReps != null ? newReps : newSeconds != null ? 0 : reps;
        return new Exercise(id, name, instructions, movements, s, r, secondsPerRep,
                newSides != null ? newSides : sides, newRestS != null ? newRestS : restS, breathingCue, breathLed && r > 0);
    }
}
