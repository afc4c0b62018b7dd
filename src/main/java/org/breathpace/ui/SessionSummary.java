package org.breathpace.ui;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one session leaves behind, as the summary screen shows it and history keeps it.
 *
 * @param startedAt       when it began
 * @param minutes         minutes it ran (the clock, pauses excluded)
 * @param restingBefore   resting breaths/min from the check-in, NaN when unknown
 * @param restingAfter    breaths/min in the closing quiet breathing, NaN when unknown
 * @param timeAtTargetS   seconds the measured rate was within 1 breath/min of the target
 * @param adherence       0…1, NaN when unknown (no breath heard)
 * @param done            names of the steps done (eased ones included)
 * @param skipped         names of the steps skipped
 * @param pain            pain reports
 * @param completed       true when it ran to the end rather than being ended early
 */
public record SessionSummary(Instant startedAt, double minutes, double restingBefore, double restingAfter,
                             double timeAtTargetS, double adherence, List<String> done, List<String> skipped,
                             List<PainNote> pain, boolean completed) {
    public SessionSummary {
        Objects.requireNonNull(startedAt, "startedAt");
        if (!(minutes >= 0)) {
            throw new IllegalArgumentException("minutes must be >= 0: " + minutes);
        }
        if (!(timeAtTargetS >= 0)) {
            throw new IllegalArgumentException("timeAtTargetS must be >= 0: " + timeAtTargetS);
        }
        if (!Double.isNaN(adherence) && !(adherence >= 0 && adherence <= 1)) {
            throw new IllegalArgumentException("adherence must be in [0,1] or NaN: " + adherence);
        }
        done = List.copyOf(done);
        skipped = List.copyOf(skipped);
        pain = List.copyOf(pain);
    }
}
