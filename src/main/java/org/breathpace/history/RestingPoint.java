package org.breathpace.history;

import java.time.LocalDate;
import java.util.UUID;

/** One session's resting breath rate, on the local date it began. */
public record RestingPoint(UUID id, LocalDate date, double breathsPerMin) {
    public RestingPoint {
        Checks.present("id", id);
        Checks.present("date", date);
        Checks.inRange("breathsPerMin", breathsPerMin, 1, 60);
    }
}
