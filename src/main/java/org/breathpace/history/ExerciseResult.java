package org.breathpace.history;

/**
 * What happened to one exercise of the routine.
 *
 * @param exercise     the exercise's name as the routine shows it
 * @param plannedS     seconds the routine planned for it (all sides, rests excluded), 0 – 3,600
 * @param doneS        seconds actually spent on it, 0 – 3,600
 * @param sidesPlanned 1 for an exercise done once, 2 for one done on the left and the right
 * @param sidesDone    how many of those sides were done, 0 – sidesPlanned
 * @param skipped      the user skipped it (or the rest of it)
 * @param eased        the user chose to ease off during it
 */
public record ExerciseResult(String exercise, double plannedS, double doneS, int sidesPlanned, int sidesDone,
                             boolean skipped, boolean eased) {
    public ExerciseResult {
        Checks.text("exercise", exercise, 200);
        Checks.inRange("plannedS", plannedS, 0, 3_600);
        Checks.inRange("doneS", doneS, 0, 3_600);
        Checks.inRange("sidesPlanned", sidesPlanned, 1, 2);
        Checks.inRange("sidesDone", sidesDone, 0, sidesPlanned);
    }
}
