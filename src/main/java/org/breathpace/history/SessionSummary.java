package org.breathpace.history;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One session without its lists: what the history list and the trends read.
 *
 * @param id            stable identity, kept through export and import
 * @param start         when the session began
 * @param end           when it ended (for an interrupted session: the last moment saved); not before start
 * @param routine       the routine's name
 * @param pattern       the breathing pattern's name
 * @param restingRate   breaths/min measured at check-in, 1 – 60, or null if not measured
 * @param closingRate   breaths/min measured at the end, 1 – 60, or null if not measured
 * @param timeAtTargetS seconds spent within reach of the target rate, 0 – the session's length
 * @param adherence     0 – 1, how closely breathing followed the pacer, or null if unknown
 * @param outcome       completed, interrupted, or in progress
 */
public record SessionSummary(UUID id, Instant start, Instant end, String routine, String pattern, Double restingRate,
                             Double closingRate, double timeAtTargetS, Double adherence, SessionOutcome outcome) {
    public SessionSummary {
        Checks.present("id", id);
        Checks.present("start", start);
        Checks.present("end", end);
        start = start.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        end = end.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        Checks.text("routine", routine, 200);
        Checks.text("pattern", pattern, 200);
        Checks.nullableInRange("restingRate", restingRate, 1, 60);
        Checks.nullableInRange("closingRate", closingRate, 1, 60);
        Checks.inRange("timeAtTargetS", timeAtTargetS, 0, 86_400);
        Checks.nullableInRange("adherence", adherence, 0, 1);
        Checks.present("outcome", outcome);
    }

    /** Length of the session. */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /** The same session with another outcome and end. */
    SessionSummary withOutcome(SessionOutcome o, Instant newEnd) {
        return new SessionSummary(id, start, newEnd, routine, pattern, restingRate, closingRate, timeAtTargetS,
                adherence, o);
    }
}
