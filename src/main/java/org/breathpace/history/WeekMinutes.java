package org.breathpace.history;

import java.time.LocalDate;

/** Practice in one week (Monday to Sunday, local dates): minutes and sessions. */
public record WeekMinutes(LocalDate monday, double minutes, int sessions) {
    public WeekMinutes {
        Checks.present("monday", monday);
        if (monday.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday, not " + monday.getDayOfWeek());
        }
        Checks.inRange("minutes", minutes, 0, 7 * 24 * 60);
        Checks.inRange("sessions", sessions, 0, Integer.MAX_VALUE);
    }
}
