package org.breathpace.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultRoutineTest {

    @Test
    void theBuiltInRoutineIsTenToFifteenMinutesBreathingFirst() {
        Routine r = DefaultRoutine.ROUTINE;
        assertThat(r.plannedS()).isBetween(600.0, 900.0);
        assertThat(r.breathing().seconds()).isEqualTo(240);
        assertThat(r.breathing().adaptive()).isTrue();
        assertThat(r.checkInS()).isPositive();
        assertThat(r.closingCheckS()).isPositive();
    }

    @Test
    void itHasTheFiveExercisesCoveringEveryMovement() {
        List<Exercise> ex = DefaultRoutine.ROUTINE.exercises();
        assertThat(ex).extracting(Exercise::id)
                .containsExactly("foam-rolling", "cat-cow", "wall-squats", "prone-rotations", "side-bends");
        EnumSet<Movement> covered = EnumSet.noneOf(Movement.class);
        ex.forEach(e -> covered.addAll(e.movements()));
        assertThat(covered).containsExactlyInAnyOrder(Movement.values());
        assertThat(ex).allSatisfy(e -> {
            assertThat(e.instructions().length()).isBetween(80, 500);
            assertThat(e.breathingCue()).isNotBlank();
        });
        assertThat(ex).filteredOn(Exercise::breathLed).extracting(Exercise::id).containsExactly("cat-cow", "prone-rotations");
        assertThat(ex).filteredOn(e -> e.sides() == 2).extracting(Exercise::id).containsExactly("prone-rotations", "side-bends");
    }

    @Test
    void planningCountsEverySideTheSwitchAndTheRest() {
        Exercise pr = DefaultRoutine.PRONE_ROTATIONS;
        assertThat(pr.plannedS()).isEqualTo(2 * 5 * 6 + Exercise.SIDE_SWITCH_S + 15);
        assertThat(DefaultRoutine.FOAM_ROLLING.plannedS()).isEqualTo(75);
    }

    @Test
    void badExercisesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> DefaultRoutine.CAT_COW.retimed(3, null, null, null))
                .hasMessageContaining("seconds must be 5–600, not 3");
        assertThatThrownBy(() -> DefaultRoutine.CAT_COW.retimed(null, null, 3, null))
                .hasMessageContaining("sides must be 1 or 2");
        assertThat(DefaultRoutine.CAT_COW.retimed(40, null, null, null).breathLed()).isFalse();
    }
}
