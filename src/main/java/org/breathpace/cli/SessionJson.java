package org.breathpace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.breathpace.pacing.AdherenceSummary;
import org.breathpace.pacing.CycleAdherence;
import org.breathpace.routine.Exercise;
import org.breathpace.routine.ExerciseResult;
import org.breathpace.routine.Movement;
import org.breathpace.routine.PainReport;
import org.breathpace.routine.RateSample;
import org.breathpace.routine.SessionEvent;
import org.breathpace.routine.SessionReport;
import org.breathpace.routine.StepKind;

/**
 * The JSON Lines shape of session events ({@code session --format jsonl}): one object per event,
 * each with {@code type} and {@code at_s} (session seconds; with a recording or microphone, the
 * audio's stream time). The last line is the {@code summary}.
 */
final class SessionJson {
    private SessionJson() {
    }

    static ObjectNode of(ObjectMapper m, SessionEvent event) {
        ObjectNode o = m.createObjectNode();
        if (event instanceof SessionEvent.Started e) {
            o.put("type", "session_started").put("routine", e.routine()).put("pattern", e.pattern())
                    .put("planned_s", r(e.plannedS())).put("breath_detection", e.breathDetection());
        } else if (event instanceof SessionEvent.StepStarted e) {
            o.put("type", "step").put("index", e.index()).put("of", e.steps()).put("kind", e.step().kind().id())
                    .put("id", e.step().id()).put("name", e.step().name()).put("planned_s", r(e.step().plannedS()));
            o.put("next", e.next());
            if (e.note() != null) {
                o.put("note", e.note());
            }
            if (e.step().kind() == StepKind.EXERCISE) {
                exercise(o.putObject("exercise"), e.step().exercise());
            }
        } else if (event instanceof SessionEvent.RateChecked e) {
            o.put("type", "rate_check").put("kind", e.kind().id());
            nullable(o, "breaths_per_min", e.breathsPerMin(), 1);
            o.put("message", e.message());
        } else if (event instanceof SessionEvent.PacerChanged e) {
            o.put("type", "pacer").put("phase", e.phase().id()).put("phase_s", r(e.phaseS()))
                    .put("breaths_per_min", SummaryJson.round(e.breathsPerMin(), 2)).put("glide", SummaryJson.round(e.glide(), 2))
                    .put("following", e.following());
        } else if (event instanceof SessionEvent.AdherenceJudged e) {
            CycleAdherence c = e.cycle();
            o.put("type", "adherence").put("cycle", c.cycle().index()).put("led_bpm", SummaryJson.round(c.cycle().breathsPerMin(), 2))
                    .put("heard", c.heard()).put("aligned", c.aligned());
            nullable(o, "inhale_offset_s", c.inhaleOffsetS(), 2);
            nullable(o, "exhale_offset_s", c.exhaleOffsetS(), 2);
            nullable(o, "detected_bpm", c.detectedBpm(), 1);
            nullable(o, "rate_deviation_bpm", c.rateDeviationBpm(), 1);
            o.put("cue", c.cue() == null ? null : c.cue().id());
            o.put("cue_text", c.cue() == null ? null : c.cue().words());
            adherence(o.putObject("block"), e.block());
        } else if (event instanceof SessionEvent.SideStarted e) {
            o.put("type", "side").put("exercise", e.exerciseId()).put("side", e.side()).put("sides", e.sides());
        } else if (event instanceof SessionEvent.SidesSwitching e) {
            o.put("type", "switch_sides").put("exercise", e.exerciseId()).put("seconds", r(e.seconds()));
        } else if (event instanceof SessionEvent.RepDone e) {
            o.put("type", "rep").put("exercise", e.exerciseId()).put("side", e.side()).put("rep", e.rep()).put("reps", e.reps())
                    .put("by", e.byBreath() ? "breath" : "clock");
        } else if (event instanceof SessionEvent.RestStarted e) {
            o.put("type", "rest").put("exercise", e.exerciseId()).put("seconds", r(e.seconds())).put("next", e.next());
        } else if (event instanceof SessionEvent.BreathReminder e) {
            o.put("type", "breath_reminder").put("silent_s", r(e.silentS())).put("message", e.message());
        } else if (event instanceof SessionEvent.Paused e) {
            o.put("type", "paused").put("reason", e.reason());
        } else if (event instanceof SessionEvent.Resumed) {
            o.put("type", "resumed");
        } else if (event instanceof SessionEvent.PainReported e) {
            o.put("type", "pain").put("step", e.stepId()).put("name", e.stepName()).put("side", e.side()).put("note", e.note());
            ArrayNode flags = o.putArray("red_flags");
            e.redFlags().forEach(flags::add);
            o.put("advice", e.advice());
        } else if (event instanceof SessionEvent.PainHandled e) {
            o.put("type", "pain_choice").put("step", e.stepId()).put("side", e.side()).put("choice", e.choice().id())
                    .put("message", e.message());
        } else if (event instanceof SessionEvent.StepSkipped e) {
            o.put("type", "skipped").put("step", e.stepId());
        } else if (event instanceof SessionEvent.WentBack e) {
            o.put("type", "back").put("from", e.fromId()).put("to", e.toId());
        } else if (event instanceof SessionEvent.ExerciseFinished e) {
            o.put("type", "exercise_done");
            result(o, e.result());
        } else if (event instanceof SessionEvent.RateSampled e) {
            o.put("type", "rate_sample").put("breaths_per_min", SummaryJson.round(e.sample().breathsPerMin(), 1));
        } else if (event instanceof SessionEvent.Ended e) {
            o.put("type", "summary");
            summary(o, e.report());
        }
        o.put("at_s", r(event.atS()));
        return o;
    }

    private static void exercise(ObjectNode o, Exercise e) {
        ArrayNode mv = o.putArray("movements");
        for (Movement m : e.movements()) {
            mv.add(m.id());
        }
        if (e.counted()) {
            o.put("reps", e.reps());
        } else {
            o.put("seconds", e.seconds());
        }
        o.put("sides", e.sides()).put("rest_s", e.restS()).put("breath_led", e.breathLed())
                .put("instructions", e.instructions()).put("breathing_cue", e.breathingCue());
    }

    static void summary(ObjectNode o, SessionReport s) {
        o.put("started_at", s.startedAt().toString()).put("duration_s", r(s.durationS())).put("routine", s.routine())
                .put("pattern", s.pattern()).put("breath_detection", s.breathDetection());
        nullable(o, "resting_bpm", s.restingBpm(), 1);
        nullable(o, "closing_bpm", s.closingBpm(), 1);
        o.put("target_bpm", SummaryJson.round(s.targetBpm(), 2)).put("time_at_target_s", r(s.timeAtTargetS()));
        adherence(o.putObject("adherence"), s.adherence());
        ArrayNode samples = o.putArray("rate_samples");
        for (RateSample rs : s.rateSamples()) {
            samples.addObject().put("at_s", r(rs.atS())).put("breaths_per_min", SummaryJson.round(rs.breathsPerMin(), 1));
        }
        ArrayNode ex = o.putArray("exercises");
        for (ExerciseResult e : s.exercises()) {
            result(ex.addObject(), e);
        }
        ArrayNode pains = o.putArray("pains");
        for (PainReport p : s.pains()) {
            pains.addObject().put("at_s", r(p.atS())).put("step", p.stepId()).put("side", p.side()).put("note", p.note())
                    .put("choice", p.choice() == null ? null : p.choice().id());
        }
        o.put("completed", s.completed());
    }

    private static void result(ObjectNode o, ExerciseResult e) {
        o.put("exercise", e.id()).put("name", e.name()).put("planned_s", r(e.plannedS())).put("done_s", r(e.doneS()))
                .put("sides", e.sides()).put("sides_done", e.sidesDone()).put("reps_done", e.repsDone())
                .put("skipped", e.skipped()).put("eased", e.eased());
    }

    private static void adherence(ObjectNode o, AdherenceSummary a) {
        if (a.score().isPresent()) {
            o.put("score", SummaryJson.round(a.score().getAsDouble(), 0));
        } else {
            o.putNull("score");
        }
        o.put("known", a.known()).put("led_cycles", a.ledCycles()).put("heard_cycles", a.heardCycles())
                .put("aligned_cycles", a.alignedCycles());
        if (Double.isNaN(a.meanRateDeviation())) {
            o.putNull("mean_rate_deviation_bpm");
        } else {
            o.put("mean_rate_deviation_bpm", SummaryJson.round(a.meanRateDeviation(), 2));
        }
    }

    private static void nullable(ObjectNode o, String field, Double v, int places) {
        if (v == null || v.isNaN()) {
            o.putNull(field);
        } else {
            o.put(field, SummaryJson.round(v, places));
        }
    }

    private static double r(double v) {
        return SummaryJson.round(v, 2);
    }
}
