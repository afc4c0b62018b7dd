package org.breathpace.routine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.breathpace.pacing.AdherenceSummary;

/**
 * Everything a finished (or interrupted) session leaves for history.
 *
 * @param startedAt       wall-clock start, as passed in by whoever started the session
 * @param startS          session clock at the start, seconds
 * @param endS            session clock at the end, seconds
 * @param routine         routine name
 * @param pattern         breathing pattern name
 * @param breathDetection whether breaths were listened for (false: timed pacer only)
 * @param restingBpm      check-in rate, breaths a minute; null when not heard
 * @param closingBpm      closing rate; null when not heard or not reached
 * @param targetBpm       the pattern's rate
 * @param timeAtTargetS   seconds of the breathing block spent within {@link Session#AT_TARGET_BPM} of the target
 * @param adherence       how the breathing block followed the pacer (score unknown without detection)
 * @param rateSamples     the measured rate every {@link Session#SAMPLE_EVERY_S} seconds, where there was one
 * @param exercises       every exercise of the routine, in order
 * @param pains           every pain report, in order
 * @param completed       true when the session ran to its end, false when ended early
 */
public record SessionReport(Instant startedAt, double startS, double endS, String routine, String pattern,
                            boolean breathDetection, Double restingBpm, Double closingBpm, double targetBpm,
                            double timeAtTargetS, AdherenceSummary adherence, List<RateSample> rateSamples,
                            List<ExerciseResult> exercises, List<PainReport> pains, boolean completed) {
    public SessionReport {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(routine, "routine");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(adherence, "adherence");
        if (!(endS >= startS) || !(timeAtTargetS >= 0)) {
            throw new IllegalArgumentException("need startS <= endS and timeAtTargetS >= 0");
        }
        rateSamples = List.copyOf(rateSamples);
        exercises = List.copyOf(exercises);
        pains = List.copyOf(pains);
    }

    /** Seconds the session lasted on its clock. */
    public double durationS() {
        return endS - startS;
    }
}
