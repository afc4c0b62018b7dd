package org.breathpace.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordsTest {
    private static final Instant T = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void valuesOutsideTheirRangeAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new RateSample(-1, 10)).hasMessageContaining("offsetS");
        assertThatThrownBy(() -> new RateSample(1, 0.5)).hasMessageContaining("breathsPerMin");
        assertThatThrownBy(() -> new RateSample(1, Double.NaN)).hasMessageContaining("breathsPerMin");
        assertThatThrownBy(() -> new ExerciseResult("Cat-cow", 60, 60, 1, 2, false, false))
                .hasMessageContaining("sidesDone");
        assertThatThrownBy(() -> new ExerciseResult(" ", 60, 60, 1, 1, false, false)).hasMessageContaining("exercise");
        assertThatThrownBy(() -> new PainReport("Cat-cow", "middle", 1, PainChoice.EASE, ""))
                .hasMessageContaining("side");
        assertThatThrownBy(() -> new PainReport("Cat-cow", null, 1, null, "")).hasMessageContaining("choice");
        assertThatThrownBy(() -> new SessionSummary(Sessions.id(1), T, T.minusSeconds(1), "r", "p", null, null, 0,
                null, SessionOutcome.COMPLETED)).hasMessageContaining("before start");
        assertThatThrownBy(() -> new SessionSummary(Sessions.id(1), T, T, "r", "p", null, null, 0, 1.5,
                SessionOutcome.COMPLETED)).hasMessageContaining("adherence");
        assertThatThrownBy(() -> new SessionEnd(T, 70.0, 0, null, true)).hasMessageContaining("closingRate");
    }

    @Test
    void samplesMustBeInTimeOrderAndListsAreCopied() {
        SessionSummary s = Sessions.summary(1, T, 10, 12.0, SessionOutcome.COMPLETED);
        assertThatThrownBy(() -> new SessionRecord(s, List.of(new RateSample(10, 9), new RateSample(5, 9)),
                List.of(), List.of())).hasMessageContaining("time order");
        java.util.ArrayList<RateSample> samples = new java.util.ArrayList<>(List.of(new RateSample(1, 9)));
        SessionRecord r = new SessionRecord(s, samples, List.of(), List.of());
        samples.clear();
        assertThat(r.samples()).hasSize(1);
    }

    @Test
    void instantsAreKeptToTheMillisecondAndANullNoteBecomesEmpty() {
        Instant precise = Instant.parse("2026-03-01T08:00:00.123456789Z");
        assertThat(new SessionStart(Sessions.id(1), precise, "r", "p").start())
                .isEqualTo(Instant.parse("2026-03-01T08:00:00.123Z"));
        assertThat(new PainReport("Cat-cow", null, 3, PainChoice.END, null).note()).isEmpty();
        assertThat(SessionOutcome.ofWord("interrupted")).isEqualTo(SessionOutcome.INTERRUPTED);
        assertThatThrownBy(() -> SessionOutcome.ofWord("done")).hasMessageContaining("completed");
    }
}
