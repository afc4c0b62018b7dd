package org.breathpace.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.breathpace.audio.FileAnalysis;
import org.breathpace.breath.EventRecorder;
import org.breathpace.breath.PhaseEnded;
import org.breathpace.breath.PhaseStarted;
import org.breathpace.fixtures.Truth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Adherence on the labelled recordings, played through the real detector: a pacer built from the
 * labels (what the person really did) must score high; the same pacer half a breath out of step,
 * or at half the pace, must score low and say why.
 */
class AdherenceOnRecordingsTest {

    private record Heard(List<PhaseStarted> starts, List<PhaseEnded> ends) { }

    private static Heard detect(String name) throws Exception {
        EventRecorder heard = new EventRecorder();
        FileAnalysis.analyze(Path.of("audio-fixtures", name + ".wav"), heard);
        return new Heard(heard.of(PhaseStarted.class), heard.of(PhaseEnded.class));
    }

    /** One led breath per labelled inhale, lengths from the labels, moved by {@code shiftS}. */
    private static List<PacedCycle> pacerFromLabels(Truth truth, double shiftS) {
        List<Truth.TruePhase> p = truth.phases();
        List<PacedCycle> cycles = new ArrayList<>();
        for (int i = 0; i + 2 < p.size(); i += 2) {
            double in = p.get(i + 1).startS() - p.get(i).startS();
            double out = p.get(i + 2).startS() - p.get(i + 1).startS();
            cycles.add(new PacedCycle(cycles.size(), p.get(i).startS() + shiftS, new BreathingPattern("labels", in, 0, out, 0)));
        }
        return cycles;
    }

    private static AdherenceTracker track(Heard heard, List<PacedCycle> cycles) {
        AdherenceTracker t = new AdherenceTracker();
        heard.starts().forEach(t::onPhaseStarted);
        heard.ends().forEach(t::onPhaseEnded);
        cycles.forEach(t::onPacedCycle);
        t.judgeUpTo(1e9);
        return t;
    }

    @ParameterizedTest
    @ValueSource(strings = {"calm-12bpm", "exhale-only-15bpm-8k", "speech-nearby-10bpm", "very-quiet-8bpm"})
    void followingThePacerScoresHighAndHalfABreathOffScoresLow(String name) throws Exception {
        Truth truth = new ObjectMapper().readValue(Path.of("audio-fixtures", name + ".json").toFile(), Truth.class);
        Heard heard = detect(name);
        List<PacedCycle> inStep = pacerFromLabels(truth, 0);
        AdherenceTracker good = track(heard, inStep);
        AdherenceSummary g = good.summary();
        System.out.printf("%s in step: %d led, %d heard, %d aligned, score %.0f, rate deviation %.2f%n",
                name, g.ledCycles(), g.heardCycles(), g.alignedCycles(), g.score().orElse(Double.NaN), g.meanRateDeviation());
        assertThat(g.heardCycles()).isEqualTo(g.ledCycles());
        assertThat(g.score().getAsDouble()).isGreaterThanOrEqualTo(75);
        assertThat(Math.abs(g.meanRateDeviation())).isLessThan(1.5);

        double half = inStep.get(0).pattern().cycleS() / 2;
        AdherenceSummary b = track(heard, pacerFromLabels(truth, half)).summary();
        System.out.printf("%s half a breath off: score %.0f%n", name, b.score().orElse(Double.NaN));
        assertThat(b.score().getAsDouble()).isLessThanOrEqualTo(25);
    }

    @ParameterizedTest
    @ValueSource(strings = {"calm-12bpm", "speech-nearby-10bpm"})
    void aPacerAtHalfThePersonsRateAsksThemToSlowDown(String name) throws Exception {
        Truth truth = new ObjectMapper().readValue(Path.of("audio-fixtures", name + ".json").toFile(), Truth.class);
        Heard heard = detect(name);
        BreathingPattern slow = BreathingPattern.DIAPHRAGMATIC.atRate(truth.breathsPerMin() / 2);
        List<PacedCycle> cycles = new ArrayList<>();
        double start = truth.phases().get(0).startS();
        for (int k = 0; start + (k + 1) * slow.cycleS() < truth.durationS(); k++) {
            cycles.add(new PacedCycle(k, start + k * slow.cycleS(), slow));
        }
        AdherenceTracker t = track(heard, cycles);
        List<CycleAdherence> rated = t.judged().stream().filter(a -> a.detectedBpm() != null).toList();
        assertThat(rated).isNotEmpty().allSatisfy(a -> assertThat(a.cue()).isEqualTo(AdherenceCue.SLOW_DOWN));
        assertThat(t.summary().meanRateDeviation()).isCloseTo(truth.breathsPerMin() / 2, within(1.5));
    }
}
