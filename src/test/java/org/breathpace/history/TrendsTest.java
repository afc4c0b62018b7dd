package org.breathpace.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trend arithmetic on known data; the expected values are worked out by hand in the comments. */
class TrendsTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris"); // UTC+1 in early March
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10); // a Tuesday

    private static SessionSummary s(int n, String start, double minutes, Double resting, SessionOutcome o) {
        return Sessions.summary(n, Instant.parse(start), minutes, resting, o);
    }

    private static final List<SessionSummary> WEEK = List.of(
            s(1, "2026-03-02T07:00:00Z", 10, 14.0, SessionOutcome.COMPLETED),
            s(2, "2026-03-03T07:00:00Z", 10, 13.0, SessionOutcome.COMPLETED),
            s(3, "2026-03-04T07:00:00Z", 12, 12.5, SessionOutcome.COMPLETED),
            s(4, "2026-03-05T07:00:00Z", 2, 11.0, SessionOutcome.INTERRUPTED), // 2 min, cut: the day does not count
            s(5, "2026-03-06T07:00:00Z", 10, 10.5, SessionOutcome.COMPLETED),
            s(6, "2026-03-08T23:30:00Z", 20, null, SessionOutcome.COMPLETED), // 9 March, 00:30 in Paris
            s(8, "2026-03-10T18:00:00Z", 3, null, SessionOutcome.INTERRUPTED),
            s(7, "2026-03-10T06:00:00Z", 3, null, SessionOutcome.INTERRUPTED)); // 3 + 3 min today: counts

    @Test
    void slopesBestAndTypicalRestingRate() {
        TrendView t = Trends.compute(WEEK, PARIS, TODAY, 5, 2);
        assertThat(t.sessions()).isEqualTo(8);
        assertThat(t.completed()).isEqualTo(5);
        assertThat(t.resting()).extracting(RestingPoint::breathsPerMin).containsExactly(14.0, 13.0, 12.5, 11.0, 10.5);
        // x = 0..4, mean 2; y mean 12.2; Sxy = -2(1.8) - 1(0.8) + 0 + 1(-1.2) + 2(-1.7) = -9; Sxx = 10.
        assertThat(t.slopePerSession()).isCloseTo(-0.9, within(1e-12));
        assertThat(t.slopeSessions()).isEqualTo(5);
        // The same five on consecutive days: -0.9 a day, -6.3 a week.
        assertThat(t.slopePerWeek()).isCloseTo(-6.3, within(1e-9));
        assertThat(t.bestResting()).isEqualTo(10.5);
        assertThat(t.typicalResting()).isEqualTo(12.5); // median of the five
        assertThat(t.typicalMinutes()).isEqualTo(10.0); // 2 3 3 10 | 10 10 12 20

        TrendView last3 = Trends.compute(WEEK, PARIS, TODAY, 3, 2);
        // 12.5, 11, 10.5 at x = 0, 1, 2: Sxy = -1(1.1667) + 1(-0.8333) = -2; Sxx = 2.
        assertThat(last3.slopePerSession()).isCloseTo(-1.0, within(1e-12));
        assertThat(last3.typicalResting()).isEqualTo(11.0);
    }

    @Test
    void minutesPerWeekAndStreakUseLocalDates() {
        TrendView paris = Trends.compute(WEEK, PARIS, TODAY, 10, 2);
        assertThat(paris.minutesPerWeek()).containsExactly(
                new WeekMinutes(LocalDate.of(2026, 3, 2), 44, 5),
                new WeekMinutes(LocalDate.of(2026, 3, 9), 26, 3));
        // Days that count: 2, 3, 4, 6, 9, 10 March.
        assertThat(paris.practisedToday()).isTrue();
        assertThat(paris.currentStreakDays()).isEqualTo(2);
        assertThat(paris.longestStreakDays()).isEqualTo(3);

        TrendView utc = Trends.compute(WEEK, ZoneOffset.UTC, TODAY, 10, 2);
        // In UTC session 6 falls on 8 March: days 2, 3, 4, 6, 8, 10.
        assertThat(utc.minutesPerWeek()).containsExactly(
                new WeekMinutes(LocalDate.of(2026, 3, 2), 64, 6),
                new WeekMinutes(LocalDate.of(2026, 3, 9), 6, 2));
        assertThat(utc.currentStreakDays()).isEqualTo(1);
    }

    @Test
    void aStreakStaysAliveUntilTheEndOfTodayAndBreaksAfter() {
        List<SessionSummary> upToYesterday = WEEK.subList(0, 6); // last counted day: 9 March in Paris
        assertThat(Trends.compute(upToYesterday, PARIS, TODAY, 10, 1).currentStreakDays()).isEqualTo(1);
        assertThat(Trends.compute(upToYesterday, PARIS, TODAY, 10, 1).practisedToday()).isFalse();
        assertThat(Trends.compute(upToYesterday, PARIS, TODAY.plusDays(1), 10, 1).currentStreakDays()).isZero();
    }

    @Test
    void tooLittleDataGivesNullsNotNumbers() {
        TrendView none = Trends.compute(List.of(), PARIS, TODAY, 10, 4);
        assertThat(none.slopePerSession()).isNull();
        assertThat(none.slopePerWeek()).isNull();
        assertThat(none.bestResting()).isNull();
        assertThat(none.typicalResting()).isNull();
        assertThat(none.typicalMinutes()).isNull();
        assertThat(none.minutesPerWeek()).hasSize(4).allSatisfy(w -> assertThat(w.minutes()).isZero());
        assertThat(none.currentStreakDays()).isZero();

        TrendView two = Trends.compute(WEEK.subList(0, 2), PARIS, TODAY, 10, 4);
        assertThat(two.slopePerSession()).isNull();
        assertThat(two.slopePerWeek()).isNull();
        assertThat(two.bestResting()).isEqualTo(13.0);
        // Three rates, but the weekly slope needs them on at least two days within the window.
        List<SessionSummary> sameDay = List.of(s(1, "2026-03-10T07:00:00Z", 10, 14.0, SessionOutcome.COMPLETED),
                s(2, "2026-03-10T08:00:00Z", 10, 13.0, SessionOutcome.COMPLETED),
                s(3, "2026-03-10T09:00:00Z", 10, 12.0, SessionOutcome.COMPLETED));
        TrendView oneDay = Trends.compute(sameDay, PARIS, TODAY, 10, 4);
        assertThat(oneDay.slopePerWeek()).isNull();
        assertThat(oneDay.slopePerSession()).isCloseTo(-1.0, within(1e-12));
    }
}
