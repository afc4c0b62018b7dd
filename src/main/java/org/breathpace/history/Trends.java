package org.breathpace.history;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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

    private static final Comparator<SessionSummary> BY_START = Comparator.comparing(SessionSummary::start);

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
        List<SessionSummary> sorted = sessions;
        for (int i = 1; i < sessions.size(); i++) {
            if (sessions.get(i).start().isBefore(sessions.get(i - 1).start())) {
                sorted = new ArrayList<>(sessions);
                sorted.sort(BY_START);
                break;
            }
        }
        int n = sorted.size();

        // Work on epoch days (local) and plain arrays: years of sessions take a few milliseconds,
        // even before the JIT has compiled this code (the history view opens once).
        ZoneRules rules = zone.getRules();
        long fixedOffsetS = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : 0;
        long[] days = new long[n];
        double[] minutes = new double[n];
        long[] counted = new long[n];
        int countedN = 0;
        List<RestingPoint> resting = new ArrayList<>();
        int completed = 0;
        Double best = null;
        long runDay = Long.MIN_VALUE;
        double runMinutes = 0;
        for (int i = 0; i < n; i++) {
            SessionSummary s = sorted.get(i);
            long startMs = s.start().toEpochMilli();
            long offsetS = rules.isFixedOffset() ? fixedOffsetS : rules.getOffset(s.start()).getTotalSeconds();
            long day = Math.floorDiv(Math.floorDiv(startMs, 1000) + offsetS, 86_400);
            days[i] = day;
            minutes[i] = (s.end().toEpochMilli() - startMs) / 60_000.0;
            runMinutes = day == runDay ? runMinutes + minutes[i] : minutes[i];
            runDay = day;
            boolean done = s.outcome() == SessionOutcome.COMPLETED;
            if (done) {
                completed++;
            }
            if (done || runMinutes >= STREAK_MINUTES) {
                counted[countedN++] = day;
            }
            if (s.restingRate() != null) {
                resting.add(new RestingPoint(s.id(), LocalDate.ofEpochDay(day), s.restingRate()));
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

        long todayDay = today.toEpochDay();
        long firstDay = todayDay - (7L * weeks - 1);
        SimpleRegression perWeek = new SimpleRegression();
        long firstRestingDay = Long.MAX_VALUE;
        long lastRestingDay = Long.MIN_VALUE;
        for (int i = resting.size() - 1; i >= 0; i--) {
            long d = resting.get(i).date().toEpochDay();
            if (d < firstDay) {
                break;
            }
            if (d <= todayDay) {
                perWeek.addData((d - todayDay) / 7.0, resting.get(i).breathsPerMin());
                firstRestingDay = Math.min(firstRestingDay, d);
                lastRestingDay = Math.max(lastRestingDay, d);
            }
        }

        long thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toEpochDay();
        long firstMonday = thisMonday - 7L * (weeks - 1);
        double[] weekSum = new double[weeks];
        int[] weekCount = new int[weeks];
        for (int i = n - 1; i >= 0 && days[i] >= firstMonday; i--) {
            long w = days[i] - firstMonday;
            if (w < 7L * weeks) {
                weekSum[(int) (w / 7)] += minutes[i];
                weekCount[(int) (w / 7)]++;
            }
        }
        List<WeekMinutes> perWeekMinutes = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            perWeekMinutes.add(new WeekMinutes(LocalDate.ofEpochDay(firstMonday + 7L * w),
                    Math.min(weekSum[w], 7 * 24 * 60), weekCount[w]));
        }

        long[] countedDays = distinctSorted(counted, countedN);
        boolean todayCounts = Arrays.binarySearch(countedDays, todayDay) >= 0;
        int current = 0;
        for (long d = todayCounts ? todayDay : todayDay - 1; Arrays.binarySearch(countedDays, d) >= 0; d--) {
            current++;
        }
        int longest = 0;
        int run = 0;
        for (int i = 0; i < countedDays.length; i++) {
            run = i > 0 && countedDays[i - 1] + 1 == countedDays[i] ? run + 1 : 1;
            longest = Math.max(longest, run);
        }

        return new TrendView(n, completed, resting, recent.size() >= 3 ? finite(perSession.getSlope()) : null,
                recent.size(), perWeek.getN() >= 3 && lastRestingDay > firstRestingDay ? finite(perWeek.getSlope())
                : null, weeks, perWeekMinutes, current, Math.max(longest, current), todayCounts, best,
                typical.getN() > 0 ? typical.getPercentile(50) : null,
                n > 0 ? new DescriptiveStatistics(minutes).getPercentile(50) : null);
    }

    private static long[] distinctSorted(long[] values, int n) {
        long[] v = Arrays.copyOf(values, n);
        Arrays.sort(v);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m == 0 || v[m - 1] != v[i]) {
                v[m++] = v[i];
            }
        }
        return Arrays.copyOf(v, m);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
