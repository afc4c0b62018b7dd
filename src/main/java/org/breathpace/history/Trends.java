package org.breathpace.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Computes the {@link TrendView} from session summaries. Pure: the time zone and today's date
 * are passed in. A day counts towards the streak when a session that day was completed, or its
 * sessions add up to at least {@link #STREAK_MINUTES} minutes: showing up daily matters more
 * than length, but a few seconds do not make a day.
 */
public final class Trends {
    /** Minutes of practice that make a day count even without a completed session. */
    public static final double STREAK_MINUTES = 5;

    private Trends() {
    }

    /**
     * @param sessions     any order
     * @param zone         the user's time zone, for local dates
     * @param today        the user's local date now
     * @param lastSessions how many recent resting rates the per-session slope and typical value use (≥ 2)
     * @param weeks        how many recent weeks the weekly slope and minutes cover (≥ 1)
     */
    public static TrendView compute(List<SessionSummary> sessions, ZoneId zone, LocalDate today, int lastSessions,
                                    int weeks) {
        if (lastSessions < 2 || weeks < 1) {
            throw new IllegalArgumentException("lastSessions must be >= 2 and weeks >= 1");
        }
        List<SessionSummary> sorted = new ArrayList<>(sessions);
        sorted.sort((a, b) -> a.start().compareTo(b.start()));

        List<RestingPoint> resting = new ArrayList<>();
        DescriptiveStatistics minutes = new DescriptiveStatistics();
        Map<LocalDate, Double> minutesByDay = new HashMap<>();
        TreeSet<LocalDate> counted = new TreeSet<>();
        int completed = 0;
        Double best = null;
        LocalDate[] days = new LocalDate[sorted.size()];
        for (int i = 0; i < days.length; i++) {
            SessionSummary s = sorted.get(i);
            LocalDate day = LocalDate.ofInstant(s.start(), zone);
            days[i] = day;
            double m = (s.end().toEpochMilli() - s.start().toEpochMilli()) / 60_000.0;
            minutes.addValue(m);
            double dayMinutes = minutesByDay.merge(day, m, Double::sum);
            if (s.outcome() == SessionOutcome.COMPLETED) {
                completed++;
            }
            if (s.outcome() == SessionOutcome.COMPLETED || dayMinutes >= STREAK_MINUTES) {
                counted.add(day);
            }
            if (s.restingRate() != null) {
                resting.add(new RestingPoint(s.id(), day, s.restingRate()));
                best = best == null ? s.restingRate() : Math.min(best, s.restingRate());
            }
        }

        List<RestingPoint> recent = resting.subList(Math.max(0, resting.size() - lastSessions), resting.size());
        SimpleRegression perSession = new SimpleRegression();
        DescriptiveStatistics typical = new DescriptiveStatistics();
        for (int i = 0; i < recent.size(); i++) {
            perSession.addData(i, recent.get(i).breathsPerMin());
            typical.addValue(recent.get(i).breathsPerMin());
        }

        LocalDate firstDay = today.minusDays(7L * weeks - 1);
        SimpleRegression perWeek = new SimpleRegression();
        TreeSet<LocalDate> weekDays = new TreeSet<>();
        for (RestingPoint p : resting) {
            if (!p.date().isBefore(firstDay) && !p.date().isAfter(today)) {
                perWeek.addData(ChronoUnit.DAYS.between(today, p.date()) / 7.0, p.breathsPerMin());
                weekDays.add(p.date());
            }
        }

        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = thisMonday.minusWeeks(weeks - 1L);
        double[] weekSum = new double[weeks];
        int[] weekCount = new int[weeks];
        for (int i = 0; i < sorted.size(); i++) {
            long w = ChronoUnit.DAYS.between(firstMonday, days[i]);
            if (w >= 0 && w < 7L * weeks) {
                weekSum[(int) (w / 7)] += minutes.getElement(i);
                weekCount[(int) (w / 7)]++;
            }
        }
        List<WeekMinutes> perWeekMinutes = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            perWeekMinutes.add(new WeekMinutes(firstMonday.plusWeeks(w), Math.min(weekSum[w], 7 * 24 * 60),
                    weekCount[w]));
        }

        boolean todayCounts = counted.contains(today);
        int current = 0;
        for (LocalDate d = todayCounts ? today : today.minusDays(1); counted.contains(d); d = d.minusDays(1)) {
            current++;
        }
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate d : counted) {
            run = previous != null && previous.plusDays(1).equals(d) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = d;
        }

        return new TrendView(sorted.size(), completed, resting, recent.size() >= 3 ? finite(perSession.getSlope())
                : null, recent.size(), weekDays.size() >= 2 && perWeek.getN() >= 3 ? finite(perWeek.getSlope())
                : null, weeks, perWeekMinutes, current, Math.max(longest, current), todayCounts, best,
                typical.getN() > 0 ? typical.getPercentile(50) : null,
                minutes.getN() > 0 ? minutes.getPercentile(50) : null);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
