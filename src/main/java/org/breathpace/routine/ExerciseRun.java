package org.breathpace.routine;

/** Where one exercise is: side, reps, and whether it is working, changing sides or resting. Mutable; used by {@link Session}. */
final class ExerciseRun {
    /** What the person is doing within the exercise. */
    enum Stage { WORK, SWITCH, REST }

    final Exercise exercise;
    Stage stage = Stage.WORK;
    int side = 1;
    int sidesDone;
    int repsThisSide;
    int repsTotal;
    double sideS;
    double repS;
    double stageS;
    boolean eased;

    ExerciseRun(Exercise exercise) {
        this.exercise = exercise;
    }

    /** Seconds of work per side, shortened when eased. */
    double targetSeconds() {
        return eased ? Math.max(Exercise.MIN_SECONDS, exercise.seconds() * Session.EASE_FACTOR) : exercise.seconds();
    }

    /** Reps per side, fewer when eased. */
    int targetReps() {
        return eased ? Math.max(1, (int) Math.ceil(exercise.reps() * Session.EASE_FACTOR)) : exercise.reps();
    }

    /** Whether this side's work is done. */
    boolean sideComplete() {
        return exercise.counted() ? repsThisSide >= targetReps() : sideS >= targetSeconds() - 1e-9;
    }

    /** Seconds left in the current stage (for a countdown; reps estimated on the clock). */
    double stageLeftS() {
        return switch (stage) {
            case WORK -> exercise.counted()
                    ? Math.max(0, (targetReps() - repsThisSide) * exercise.secondsPerRep() - repS)
                    : Math.max(0, targetSeconds() - sideS);
            case SWITCH -> Math.max(0, Exercise.SIDE_SWITCH_S - stageS);
            case REST -> Math.max(0, exercise.restS() - stageS);
        };
    }

    /** Seconds left in the whole exercise, estimated. */
    double leftS() {
        double perSide = exercise.counted() ? targetReps() * exercise.secondsPerRep() : targetSeconds();
        double left = stageLeftS();
        if (stage == Stage.WORK) {
            left += (exercise.sides() - side) * (perSide + Exercise.SIDE_SWITCH_S) + exercise.restS();
        } else if (stage == Stage.SWITCH) {
            left += perSide + exercise.restS();
        }
        return left;
    }
}
