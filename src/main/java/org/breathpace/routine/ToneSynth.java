package org.breathpace.routine;

/**
 * Renders {@link Tone}s as mono float samples in −1…1: pure sines (with a quiet octave for warmth),
 * a raised-cosine fade in ({@value #FADE_IN_S} s) and out ({@value #FADE_OUT_S} s) on every note so
 * nothing clicks, and a peak of {@value #PEAK} × the volume. Pure: no sound device; playing them is
 * the {@code audio} package's job.
 */
public final class ToneSynth {
    /** Peak level at full volume (about −8 dBFS: soft). */
    public static final double PEAK = 0.4;
    public static final double FADE_IN_S = 0.02;
    public static final double FADE_OUT_S = 0.08;
    /** Silence between the notes of a two-note tone. */
    public static final double GAP_S = 0.06;

    private ToneSynth() {
    }

    /** The samples of {@code tone} at {@code sampleRate} Hz and {@code volume} 0…1. */
    public static float[] render(Tone tone, float sampleRate, double volume) {
        if (!(sampleRate >= 8000) || !(volume >= 0 && volume <= 1)) {
            throw new IllegalArgumentException("need sampleRate >= 8000 and volume 0–1, got " + sampleRate + ", " + volume);
        }
        int note = (int) Math.round(tone.noteS * sampleRate);
        int gap = (int) Math.round(GAP_S * sampleRate);
        float[] out = new float[tone.notes * note + (tone.notes - 1) * gap];
        for (int n = 0; n < tone.notes; n++) {
            double from = tone.notes == 2 && tone.fromHz != tone.toHz ? (n == 0 ? tone.fromHz : tone.toHz) : tone.fromHz;
            double to = tone.notes == 2 ? from : tone.toHz;
            note(out, n * (note + gap), note, from, to, sampleRate, PEAK * volume);
        }
        return out;
    }

    private static void note(float[] out, int at, int length, double fromHz, double toHz, float sampleRate, double peak) {
        int fadeIn = (int) (FADE_IN_S * sampleRate);
        int fadeOut = (int) (FADE_OUT_S * sampleRate);
        double phase = 0;
        for (int i = 0; i < length; i++) {
            double f = fromHz + (toHz - fromHz) * i / length;
            double env = 1;
            if (i < fadeIn) {
                env = 0.5 - 0.5 * Math.cos(Math.PI * i / fadeIn);
            } else if (i >= length - fadeOut) {
                env = 0.5 - 0.5 * Math.cos(Math.PI * (length - 1 - i) / fadeOut);
            }
            double s = 0.85 * Math.sin(phase) + 0.15 * Math.sin(2 * phase);
            out[at + i] = (float) (peak * env * s);
            phase += 2 * Math.PI * f / sampleRate;
        }
    }
}
