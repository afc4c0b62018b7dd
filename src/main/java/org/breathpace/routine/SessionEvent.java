package org.breathpace.routine;

import java.util.List;
import java.util.Objects;
import org.breathpace.pacing.AdherenceCue;
import org.breathpace.pacing.AdherenceSummary;
import org.breathpace.pacing.CycleAdherence;
import org.breathpace.pacing.PacerPhase;

/**
 * Something that happened in a session. Every event carries {@link #atS()}: session seconds (the
 * clock the session was driven with; with a microphone or a recording, the audio's stream time).
 */
public sealed interface SessionEvent {

    /** Session seconds when it happened; ≥ 0. */
    double atS();

    private static void checkTime(double atS) {
        if (!(atS >= 0)) {
            throw new IllegalArgumentException("atS must be >= 0: " + atS);
        }
    }

    /** The session began. */
    record Started(String routine, String pattern, double plannedS, boolean breathDetection, double atS) implements SessionEvent {
        public Started {
            Objects.requireNonNull(routine);
            Objects.requireNonNull(pattern);
            checkTime(atS);
        }
    }

    /**
     * A step began (again, after {@link WentBack}).
     *
     * @param index 0-based position in the plan
     * @param steps how many steps the plan has
     * @param next  the name of the step after it, or null for the last
     * @param note  anything the person should know about how it will run, or null
     */
    record StepStarted(int index, int steps, Step step, String next, String note, double atS) implements SessionEvent {
        public StepStarted {
            Objects.requireNonNull(step);
            checkTime(atS);
        }
    }

    /** A check of the breath rate finished; {@code breathsPerMin} is null when no breath was heard. */
    record RateChecked(StepKind kind, Double breathsPerMin, String message, double atS) implements SessionEvent {
        public RateChecked {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(message);
            checkTime(atS);
        }
    }

    /**
     * What a microphone check-in found (the {@code audio} calibration, when the session was given one).
     *
     * @param breathsPerMin the resting rate it heard, or null
     * @param snrDb         how far the breath stands above the room, dB (NaN when unknown)
     * @param advice        what to change, one sentence each; empty when the breath is heard well
     * @param message       one sentence summing it up
     */
    record MicrophoneChecked(Double breathsPerMin, double snrDb, List<String> advice, String message, double atS)
            implements SessionEvent {
        public MicrophoneChecked {
            advice = List.copyOf(advice);
            Objects.requireNonNull(message);
            checkTime(atS);
        }
    }

    /**
     * The pacer moved to another phase.
     *
     * @param phaseS        how long this phase lasts
     * @param breathsPerMin the pace being led
     * @param glide         0 (resting rate) … 1 (target) of the glide
     * @param following     false while the glide holds back because the person is not following
     */
    record PacerChanged(PacerPhase phase, double phaseS, double breathsPerMin, double glide, boolean following, double atS)
            implements SessionEvent {
        public PacerChanged {
            Objects.requireNonNull(phase);
            checkTime(atS);
        }
    }

    /** A led breath was judged; {@code block} is the breathing block so far. */
    record AdherenceJudged(CycleAdherence cycle, AdherenceSummary block, double atS) implements SessionEvent {
        public AdherenceJudged {
            Objects.requireNonNull(cycle);
            Objects.requireNonNull(block);
            checkTime(atS);
        }

        /** What to tell the person, or null. */
        public AdherenceCue cue() {
            return cycle.cue();
        }
    }

    /** Work on a side began: side 1 of 1 for a one-sided exercise, then 1 and 2 of 2. */
    record SideStarted(String exerciseId, int side, int sides, double atS) implements SessionEvent {
        public SideStarted {
            checkTime(atS);
        }
    }

    /** The first side is done: {@code seconds} to change to the second before it starts. */
    record SidesSwitching(String exerciseId, double seconds, double atS) implements SessionEvent {
        public SidesSwitching {
            checkTime(atS);
        }
    }

    /** A rep finished; {@code byBreath} when a detected exhale counted it, false when the clock did. */
    record RepDone(String exerciseId, int side, int rep, int reps, boolean byBreath, double atS) implements SessionEvent {
        public RepDone {
            checkTime(atS);
        }
    }

    /** The rest after an exercise began. */
    record RestStarted(String exerciseId, double seconds, String next, double atS) implements SessionEvent {
        public RestStarted {
            checkTime(atS);
        }
    }

    /** No breath heard for a while during the move block. */
    record BreathReminder(double silentS, String message, double atS) implements SessionEvent {
        public BreathReminder {
            checkTime(atS);
        }
    }

    /** The session paused; {@code reason} is {@code user} or {@code pain}. */
    record Paused(String reason, double atS) implements SessionEvent {
        public Paused {
            checkTime(atS);
        }
    }

    /** The session runs again. */
    record Resumed(double atS) implements SessionEvent {
        public Resumed {
            checkTime(atS);
        }
    }

    /**
     * Pain was reported: the session is paused until the person chooses a {@link PainChoice}.
     *
     * @param redFlags symptoms that mean stop and seek advice
     * @param advice   what to do (stop on a red flag; otherwise ease off)
     */
    record PainReported(String stepId, String stepName, int side, String note, List<String> redFlags, String advice, double atS)
            implements SessionEvent {
        public PainReported {
            redFlags = List.copyOf(redFlags);
            checkTime(atS);
        }
    }

    /**
     * The person chose what to do after pain.
     *
     * @param note the pain report's note as it stands now (written with the report or while choosing); "" when none
     */
    record PainHandled(String stepId, int side, PainChoice choice, String note, String message, double atS)
            implements SessionEvent {
        public PainHandled {
            Objects.requireNonNull(choice);
            note = note == null ? "" : note.strip();
            checkTime(atS);
        }
    }

    /** A step was left before its end. */
    record StepSkipped(String stepId, double atS) implements SessionEvent {
        public StepSkipped {
            checkTime(atS);
        }
    }

    /** The person went back from one step to another (or to the start of the same one). */
    record WentBack(String fromId, String toId, double atS) implements SessionEvent {
        public WentBack {
            checkTime(atS);
        }
    }

    /** An exercise is over (done, eased or skipped). */
    record ExerciseFinished(ExerciseResult result, double atS) implements SessionEvent {
        public ExerciseFinished {
            Objects.requireNonNull(result);
            checkTime(atS);
        }
    }

    /** The measured breath rate, every few seconds while there is one. */
    record RateSampled(RateSample sample, double atS) implements SessionEvent {
        public RateSampled {
            checkTime(atS);
        }
    }

    /** The session is over. */
    record Ended(SessionReport report, double atS) implements SessionEvent {
        public Ended {
            Objects.requireNonNull(report);
            checkTime(atS);
        }
    }
}
