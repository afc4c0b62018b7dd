package org.breathpace.breath;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameAnalyzerTest {
    static final double RATE = 16000;
    static final int SIZE = 512;
    final FrameAnalyzer analyzer = new FrameAnalyzer(SIZE, RATE);
    final FrameFeatures f = new FrameFeatures();
    /** The detector's own front at this rate (no decimation, frames of SIZE): makes each spectrum. */
    final SpectrumFrame spectrum = new SpectrumFrame((float) RATE);
    final SpectrumFront front = new SpectrumFront((float) RATE, spectrum, done -> done);

    /** Analyses one frame of SIZE samples through the front's power spectrum. */
    private void analyzeFrame(float[] frame) {
        front.process(frame, 0, SIZE);
        analyzer.analyze(spectrum.power, f);
    }

    /** Feeds frames of room noise so the room estimate settles; returns the last features. */
    private void settle(long seed) {
        float[] room = Signals.noise(SIZE * 60, 0.001, seed);
        float[] frame = new float[SIZE];
        for (int i = 0; i < 60; i++) {
            System.arraycopy(room, i * SIZE, frame, 0, SIZE);
            analyzeFrame(frame);
            analyzer.learnRoom(true, 1);
        }
    }

    private void analyze(float[] signal, int frameIndex) {
        float[] frame = new float[SIZE];
        System.arraycopy(signal, frameIndex * SIZE, frame, 0, SIZE);
        analyzeFrame(frame);
    }

    @Test
    void theFrontCutsFramesOfThisSize() {
        assertThat(new FrameAnalyzer(SIZE, RATE).size()).isEqualTo(FrameLayout.of((float) RATE).size());
    }

    @Test
    void roomNoiseAddsNothingOnceLearned() {
        settle(1);
        assertThat(analyzer.settled()).isTrue();
        float[] more = Signals.noise(SIZE * 4, 0.001, 99);
        analyze(more, 2);
        assertThat(f.excessDb()).isLessThan(BurstSegmenter.ON_DB);
        assertThat(10 * Math.log10(f.bandPower)).isBetween(-65.0, -55.0);
    }

    /**
     * An input that starts with digital silence and opens its gate onto the room a moment later:
     * the room estimate must be that room's level once it has settled, not several dB under it from
     * averaging the silent frames in (which made the room's own swells look like breaths).
     */
    @Test
    void digitalSilenceBeforeTheRoomDoesNotPutTheRoomTooLow() {
        float[] silence = new float[SIZE * (NoiseSpectrum.WARM_UP_FRAMES / 2)];
        // The fall-fast floor sits a little under the mean level by design, but by far less than
        // the 3 dB that half the warm-up's frames being zeros would take off.
        assertRoomLearnedAtItsLevel(silence, Signals.noise(SIZE * 40, 0.001, 11));
    }

    /**
     * The same with the last bit flickering before the gate opens (noise at half a 16-bit step,
     * about −96 dBFS): that is not the room's sound either, and a quiet room after it (−80 dBFS)
     * is learned at its own level.
     */
    @Test
    void theLastBitsFlickerBeforeAQuietRoomDoesNotPutTheRoomTooLow() {
        float[] flicker = Signals.noise(SIZE * (NoiseSpectrum.WARM_UP_FRAMES / 2), 0.5 / 32767, 12);
        assertRoomLearnedAtItsLevel(flicker, Signals.noise(SIZE * 40, 1e-4, 13));
    }

    /**
     * A click of the record button (or a knock, or a breath) in the first frames, then the room:
     * what came before a frame far quieter than it was not the room.
     */
    @Test
    void aLoudStartIsNotTakenForTheRoom() {
        float[] click = Signals.noise(SIZE * 4, 0.3, 14);
        assertRoomLearnedAtItsLevel(click, Signals.noise(SIZE * 40, 1e-4, 15));
    }

    /**
     * Feeds the frames of {@code before} (what an input gives before its gate opens), then those of
     * {@code room} until the room estimate has settled, and checks that it then stands within
     * 1.5 dB under to 1 dB over the room's mean band level over those frames.
     */
    private void assertRoomLearnedAtItsLevel(float[] before, float[] room) {
        float[] frame = new float[SIZE];
        for (int i = 0; i < before.length / SIZE; i++) {
            System.arraycopy(before, i * SIZE, frame, 0, SIZE);
            analyzeFrame(frame);
            analyzer.learnRoom(true, 1);
        }
        double bandDb = 0;
        int n = 0;
        for (int i = 0; !analyzer.settled(); i++) {
            System.arraycopy(room, i * SIZE, frame, 0, SIZE);
            analyzeFrame(frame);
            analyzer.learnRoom(true, 1);
            bandDb += 10 * Math.log10(f.bandPower);
            n++;
        }
        System.arraycopy(room, 30 * SIZE, frame, 0, SIZE);
        analyzeFrame(frame);
        assertThat(10 * Math.log10(f.noisePower)).isBetween(bandDb / n - 1.5, bandDb / n + 1);
    }

    /**
     * A gated input: digital silence, then a faint breath (noise at −86 dBFS, what one whose loudest
     * moments reach −40 dBFS gives near its start). With no room to measure it against it must
     * stand out from the quantisation's own level, not from a floor set well above it.
     */
    @Test
    void aFaintBreathOutOfDigitalSilenceStandsOut() {
        float[] frame = new float[SIZE];
        for (int i = 0; i < 2 * NoiseSpectrum.WARM_UP_FRAMES; i++) {
            analyzeFrame(frame);
            analyzer.learnRoom(true, 1);
        }
        analyze(Signals.noise(SIZE * 2, 5e-5, 14), 1);
        assertThat(f.excessDb()).isGreaterThan(10);
        assertThat(f.coverage).isGreaterThan(0.5);
        assertThat(10 * Math.log10(f.excessPower)).isGreaterThan(BurstSegmenter.MIN_LEVEL_DBFS);
    }

    @Test
    void aNoiseBurst20dBOverTheRoomStandsOut() {
        settle(2);
        float[] burst = Signals.noise(SIZE * 2, 0.01, 5);
        float[] room = Signals.noise(SIZE * 2, 0.001, 6);
        for (int i = 0; i < burst.length; i++) {
            burst[i] += room[i];
        }
        analyze(burst, 1);
        assertThat(f.excessDb()).isGreaterThan(10);
        assertThat(f.tonality).isLessThan(0.3);
        assertThat(f.coverage).isGreaterThan(0.5);
    }

    @Test
    void aToneIsTonalNotBreath() {
        settle(3);
        float[] tone = Signals.tone(SIZE * 2, 1000, 0.05, RATE);
        float[] room = Signals.noise(SIZE * 2, 0.001, 7);
        for (int i = 0; i < tone.length; i++) {
            tone[i] += room[i];
        }
        analyze(tone, 1);
        assertThat(f.tonality).isGreaterThan(0.9);
        assertThat(f.excessDb()).isLessThan(BurstSegmenter.ON_DB);
    }

    @Test
    void aVoiceIsVoicedAndNoiseIsNot() {
        settle(4);
        analyze(Signals.voice(SIZE * 2, 150, 0.05, RATE), 1);
        double voiced = f.voicing;
        analyze(Signals.noise(SIZE * 2, 0.02, 8), 1);
        assertThat(voiced).isGreaterThan(FrameAnalyzer.VOICED);
        assertThat(f.voicing).isLessThan(0.5);
    }

    @Test
    void windIsLowAndHissIsHigh() {
        settle(5);
        analyze(Signals.lowNoise(SIZE * 2, 0.02, 300, RATE, 9), 1);
        BurstStats wind = new BurstStats();
        wind.add(f);
        analyze(Signals.hiss(SIZE * 2, 0.02, RATE, 10), 1);
        BurstStats hiss = new BurstStats();
        hiss.add(f);
        double[] shape = new double[FrameAnalyzer.BANDS];
        wind.shape(shape);
        double windTilt = PhaseLabeller.tiltDb(shape);
        hiss.shape(shape);
        double hissTilt = PhaseLabeller.tiltDb(shape);
        assertThat(windTilt).isLessThan(-10);
        assertThat(hissTilt).isGreaterThan(10);
    }

    /** Analyses {@code frames} consecutive frames of {@code signal} plus quiet room noise; leaves the last in {@link #f}. */
    private void analyzeRun(float[] signal, int frames, long roomSeed) {
        float[] room = Signals.noise(SIZE * frames, 0.001, roomSeed);
        for (int i = 0; i < room.length; i++) {
            room[i] += signal[i];
        }
        for (int i = 0; i < frames; i++) {
            analyze(room, i);
        }
    }

    @Test
    void aHeldChordOfCloseLowNotesIsHeldNotesNotBreath() {
        settle(11);
        analyzeRun(Signals.chord(SIZE * 8, 196, 0.02, RATE), 8, 12);
        assertThat(f.persistence).isGreaterThan(FrameAnalyzer.PERSISTENT);
        assertThat(f.excessDb()).isLessThan(BurstSegmenter.ON_DB);
        assertThat(f.tonality).isGreaterThan(0.9);
    }

    @Test
    void aHeldPureToneStaysTonalFrameAfterFrame() {
        settle(25);
        float[] tone = Signals.tone(SIZE * 8, 700, 0.05, RATE);
        float[] room = Signals.noise(SIZE * 8, 0.001, 26);
        for (int i = 0; i < tone.length; i++) {
            tone[i] += room[i];
        }
        for (int i = 0; i < 8; i++) {
            analyze(tone, i);
            assertThat(f.tonality).as("frame " + i).isGreaterThan(0.9);
            assertThat(f.excessDb()).as("frame " + i).isLessThan(BurstSegmenter.ON_DB);
        }
    }

    @Test
    void breathNoisesPeaksLandAfreshEachFrame() {
        settle(13);
        analyzeRun(Signals.noise(SIZE * 8, 0.01, 14), 8, 15);
        assertThat(f.persistence).isBetween(0.1, 0.45);
        assertThat(f.excessDb()).isGreaterThan(10);
    }

    @Test
    void breathWithAWhistleInItStaysBreath() {
        settle(16);
        float[] breath = Signals.lowNoise(SIZE * 8, 0.01, 600, RATE, 17);
        float[] whistle = Signals.tone(SIZE * 8, 2200, 0.01, RATE);
        for (int i = 0; i < breath.length; i++) {
            breath[i] += whistle[i];
        }
        analyzeRun(breath, 8, 18);
        assertThat(f.persistence).isLessThan(FrameAnalyzer.PERSISTENT);
        assertThat(f.excessDb()).isGreaterThan(5);
    }

    @Test
    void faintBreathWithFewPeaksIsNotTakenForHeldNotes() {
        settle(19);
        // Barely above the room: few bins add anything, and a few peaks staying put by chance prove
        // nothing. Over many frames, hardly any may be judged held notes (what it adds wiped out).
        int frames = 300;
        float[] faint = Signals.noise(SIZE * frames, 0.0016, 20);
        float[] room = Signals.noise(SIZE * frames, 0.001, 21);
        for (int i = 0; i < faint.length; i++) {
            faint[i] += room[i];
        }
        int adding = 0;
        int held = 0;
        for (int i = 0; i < frames; i++) {
            analyze(faint, i);
            if (f.coverage > 0 && f.excessPower == 0) {
                held++;
            }
            if (f.excessPower > 0) {
                adding++;
            }
        }
        assertThat(adding).isGreaterThan(frames / 2);
        assertThat(held).isLessThanOrEqualTo(frames / 100);
    }

    /**
     * The voicing is the autocorrelation the full-length inverse transform of the power gives,
     * though computed as a cosine transform through a real transform of half the length: at every
     * rate's frame size and pitch range, including 11,025 Hz, whose longest lag is the middle of
     * the frame.
     */
    @Test
    void voicingIsTheInverseTransformsAutocorrelation() {
        java.util.Random random = new java.util.Random(7);
        for (double rate : new double[] {8000, 11025, 12000, 14700, 16000}) {
            int size = rate < 12000 ? 256 : 512;
            FrameAnalyzer a = new FrameAnalyzer(size, rate);
            int kLow = (int) Math.ceil(FrameAnalyzer.LOW_HZ / (rate / size));
            int kHigh = Math.min(size / 2 - 3, (int) Math.floor(Math.min(FrameAnalyzer.HIGH_HZ, 0.45 * rate) / (rate / size)));
            int minLag = (int) Math.floor(rate / FrameAnalyzer.MAX_PITCH_HZ);
            int maxLag = Math.min(size / 2, (int) Math.ceil(rate / FrameAnalyzer.MIN_PITCH_HZ));
            be.tarsos.dsp.util.fft.FFT inverse = new be.tarsos.dsp.util.fft.FFT(size);
            for (int trial = 0; trial < 200; trial++) {
                double[] excess = new double[size / 2 + 1];
                // noise-like, or harmonics of a pitch within the range (voiced)
                double pitchBins = size / (double) (minLag + random.nextInt(maxLag - minLag + 1));
                for (int k = kLow; k <= kHigh; k++) {
                    double harmonic = Math.abs(k / pitchBins - Math.rint(k / pitchBins)) < 0.15 ? 50 : 1;
                    excess[k] = (trial % 2 == 0 ? 1 : harmonic) * -Math.log(1 - random.nextDouble());
                }
                float[] packed = new float[size];
                for (int k = kLow; k <= kHigh; k++) {
                    packed[2 * k] = (float) excess[k];
                }
                inverse.backwardsTransform(packed);
                double best = 0;
                for (int lag = minLag; lag <= maxLag; lag++) {
                    best = Math.max(best, packed[lag]);
                }
                double want = Math.min(1, best / packed[0]);
                assertThat(a.voicing(excess)).as("rate %s trial %d", rate, trial)
                        .isCloseTo(want, org.assertj.core.api.Assertions.within(1e-5));
            }
        }
    }
}
