package org.breathpace.history;

import java.time.Instant;

/**
 * What is known when a session ends.
 *
 * @param end           when it ended
 * @param closingRate   breaths/min at the end, 1 – 60, or null
 * @param timeAtTargetS seconds within reach of the target rate, 0 – 86,400
 * @param adherence     0 – 1, or null if unknown
 * @param completed     true if the user reached the end (or ended on purpose); false marks it interrupted
 */
public record SessionEnd(Instant end, Double closingRate, double timeAtTargetS, Double adherence, boolean completed) {
    public SessionEnd {
        end = Checks.present("end", end).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Checks.nullableInRange("closingRate", closingRate, 1, 60);
        Checks.inRange("timeAtTargetS", timeAtTargetS, 0, 86_400);
        Checks.nullableInRange("adherence", adherence, 0, 1);
    }
}
