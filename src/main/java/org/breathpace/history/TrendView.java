package org.breathpace.history;

import java.util.List;

/**
 * What the history view shows: the resting rate over time and its trend, practice per week, and
 * the daily streak. Rates are breaths/min; a slope is breaths/min gained per session or per week
 * (negative: the resting rate is coming down). A null means there was too little data.
 *
 * @param sessions          sessions stored
 * @param completed         of which completed
 * @param resting           each session's resting rate, oldest first (sessions without one left out)
 * @param slopePerSession   least-squares slope over the last {@code slopeSessions} resting rates (≥ 3 needed)
 * @param slopeSessions     how many rates that slope used
 * @param slopePerWeek      least-squares slope against time over the last {@code weeks} weeks (≥ 3 rates on ≥ 2 days)
 * @param weeks             the window of weeks for the slope and for {@code minutesPerWeek}
 * @param minutesPerWeek    the last {@code weeks} weeks, oldest first, the current week last
 * @param currentStreakDays days in a row, up to today (or yesterday, if today is still open), with practice
 * @param longestStreakDays the longest run of such days ever
 * @param practisedToday    today already counts
 * @param bestResting       the lowest resting rate ever measured
 * @param typicalResting    the median resting rate of the last {@code slopeSessions} sessions
 * @param typicalMinutes    the median length of a session, minutes
 */
public record TrendView(int sessions, int completed, List<RestingPoint> resting, Double slopePerSession,
                        int slopeSessions, Double slopePerWeek, int weeks, List<WeekMinutes> minutesPerWeek,
                        int currentStreakDays, int longestStreakDays, boolean practisedToday, Double bestResting,
                        Double typicalResting, Double typicalMinutes) {
    public TrendView {
        resting = List.copyOf(resting);
        minutesPerWeek = List.copyOf(minutesPerWeek);
        if (sessions < 0 || completed < 0 || completed > sessions || currentStreakDays < 0
                || longestStreakDays < currentStreakDays) {
            throw new IllegalArgumentException("inconsistent counts: " + sessions + " sessions, " + completed
                    + " completed, streak " + currentStreakDays + " of longest " + longestStreakDays);
        }
    }
}
