package org.breathpace.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.breathpace.pacing.PacerPhase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ToneSynthTest {
    private static final float SR = 22050;

    /** The strongest frequency in 100–2000 Hz of the first note, by a plain DFT scan in 2 Hz steps. */
    private static double peakHz(float[] x, int length) {
        double best = 0;
        double bestPower = -1;
        for (double f = 100; f <= 2000; f += 2) {
            double re = 0;
            double im = 0;
            for (int i = 0; i < length; i++) {
                double w = 2 * Math.PI * f * i / SR;
                re += x[i] * Math.cos(w);
                im += x[i] * Math.sin(w);
            }
            double p = re * re + im * im;
            if (p > bestPower) {
                bestPower = p;
                best = f;
            }
        }
        return best;
    }

    @Test
    void everyCueHasItsOwnPitch() {
        List<Double> pitches = new ArrayList<>();
        for (Tone t : Tone.values()) {
            float[] x = ToneSynth.render(t, SR, 1);
            double hz = peakHz(x, (int) (0.1 * SR));
            assertThat(hz).as(t.name()).isCloseTo(t.startHz(), within(t.startHz() * 0.06));
            pitches.add(hz);
        }
        for (int i = 0; i < pitches.size(); i++) {
            for (int j = i + 1; j < pitches.size(); j++) {
                assertThat(Math.abs(pitches.get(i) - pitches.get(j)) / Math.min(pitches.get(i), pitches.get(j)))
                        .as("%s vs %s", Tone.values()[i], Tone.values()[j]).isGreaterThan(0.2);
            }
        }
        assertThat(peakHz(ToneSynth.render(Tone.INHALE, SR, 1), 7717) < peakHz(tail(Tone.INHALE), 2000)).as("inhale rises").isTrue();
        assertThat(peakHz(ToneSynth.render(Tone.EXHALE, SR, 1), 2000) > peakHz(tail(Tone.EXHALE), 2000)).as("exhale falls").isTrue();
    }

    private static float[] tail(Tone t) {
        float[] x = ToneSynth.render(t, SR, 1);
        return java.util.Arrays.copyOfRange(x, x.length - 4000, x.length);
    }

    @ParameterizedTest
    @EnumSource(Tone.class)
    void noClicksFadeInAndOutAndASoftLevel(Tone t) {
        float[] x = ToneSynth.render(t, SR, 1);
        assertThat(Math.abs(x[0])).isLessThan(1e-3f);
        assertThat(Math.abs(x[x.length - 1])).isLessThan(1e-3f);
        double peak = 0;
        double maxStep = 0;
        for (int i = 1; i < x.length; i++) {
            peak = Math.max(peak, Math.abs(x[i]));
            maxStep = Math.max(maxStep, Math.abs(x[i] - x[i - 1]));
        }
        assertThat(peak).isBetween(0.3, ToneSynth.PEAK + 1e-6);
        // a sine of amplitude A at f moves at most 2πfA/sr per sample; a click would jump far more
        double fastest = Math.max(t.fromHz, t.toHz) * 2;
        assertThat(maxStep).isLessThan(ToneSynth.PEAK * 2 * Math.PI * fastest / SR);
        // the first 2.5 ms stay well under the peak: it fades in rather than starting at full level
        for (int i = 0; i < (int) (0.0025 * SR); i++) {
            assertThat(Math.abs(x[i])).isLessThan(0.1f * (float) peak);
        }
    }

    @Test
    void volumeScalesTheLevelAndZeroIsSilent() {
        float[] full = ToneSynth.render(Tone.EXHALE, SR, 1);
        float[] half = ToneSynth.render(Tone.EXHALE, SR, 0.5);
        for (int i = 0; i < full.length; i += 97) {
            assertThat(half[i]).isCloseTo(full[i] / 2, within(1e-6f));
        }
        for (float v : ToneSynth.render(Tone.EXHALE, SR, 0)) {
            assertThat(v).isZero();
        }
    }

    @Test
    void cuesFollowThePacerTheSidesAndTheExercisesAndCanBeTurnedOff() {
        List<float[]> played = new ArrayList<>();
        ToneCues cues = new ToneCues(new CueSettings(true, 0.5), SR, played::add);
        Session s = new Session(new Routine("t", 10, new BreathingBlock(org.breathpace.pacing.BreathingPattern.BOX, 30, false, 0),
                List.of(DefaultRoutine.SIDE_BENDS), 0), false, SessionListener.all(cues));
        s.start(0, java.time.Instant.EPOCH);
        for (double t = 0; t < 100; t += 0.1) {
            s.tick(t);
        }
        float[] in = ToneSynth.render(Tone.INHALE, SR, 0.5);
        long inhales = played.stream().filter(p -> p.length == in.length && p[100] == in[100]).count();
        assertThat(inhales).isEqualTo(2); // two 16 s box breaths start in 30 s
        assertThat(played).hasSize(2 * 2 + 1 + 1); // in+out twice, the exercise chime, the side switch
        assertThat(ToneCues.toneFor(new SessionEvent.PacerChanged(PacerPhase.HOLD_IN, 4, 4, 1, true, 0))).isNull();

        List<float[]> none = new ArrayList<>();
        ToneCues off = new ToneCues(CueSettings.OFF, SR, none::add);
        off.onEvent(new SessionEvent.PacerChanged(PacerPhase.INHALE, 4, 4, 1, true, 0));
        assertThat(none).isEmpty();
    }
}
