package org.breathpace.routine;

import java.util.Objects;

/**
 * One step of a session plan.
 *
 * @param kind     what sort of step
 * @param id       stable name ({@code check-in}, {@code breathing}, an exercise id, {@code closing-check})
 * @param name     as shown
 * @param plannedS planned seconds
 * @param exercise the exercise, for {@link StepKind#EXERCISE} steps; null otherwise
 */
public record Step(StepKind kind, String id, String name, double plannedS, Exercise exercise) {
    public Step {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if ((kind == StepKind.EXERCISE) != (exercise != null)) {
            throw new IllegalArgumentException("an exercise step, and only one, carries its exercise");
        }
        if (!(plannedS >= 0)) {
            throw new IllegalArgumentException("plannedS must be >= 0: " + plannedS);
        }
    }
}
