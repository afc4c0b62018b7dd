package org.breathpace.breath;

import java.util.Objects;

/**
 * Streaming breath detector: feed it mono frames of any length as they arrive; it emits
 * phases, rate and quality to its listener as soon as each is decided. The same object runs
 * live (audio thread) and offline ({@code analyze}).
 *
 * <p>The stages, each in its own class: box-average decimation to about 8 kHz (breath needs
 * no more, and every later stage then costs a fifth as much at 44.1 kHz); {@link FrameAnalyzer}
 * (spectrum of each ~30 ms frame against the learned room, {@link NoiseSpectrum});
 * {@link BurstSegmenter} (bursts of breath-like sound); {@link PhaseLabeller} (inhale or exhale,
 * judged from this recording's own bursts); {@link RateEstimator}; {@link QualityMeter}.
 *
 * <p>Not thread-safe: one thread feeds it. {@link #process} does not allocate in steady state;
 * events are allocated only when emitted.
 */
public final class BreathDetector {

    /** Rate the decimated signal aims at (at least this where the input allows): keeps hiss up to 6 kHz. */
    static final double TARGET_RATE_HZ = 12000;
    /**
     * A short piece of a phase that ends and is followed this soon by a burst given the same label
     * was one phase with a dip in it: its end is held back this long so the two can be joined.
     */
    static final double JOIN_GAP_S = 0.4;
    /** Only a piece shorter than this (too short to be a breath phase on its own) is joined. */
    static final double FRAGMENT_S = 0.6;
    /**
     * …and only when the next burst began right where it ended, i.e. the segmenter split one sound
     * at a dip. A burst that ended because the sound fell to the room for
     * {@link BurstSegmenter#END_GAP_S} (a real gap: in real shallow breathing, 0.3 s of silence
     * between an inhale and an exhale that happened to get the same label) is a phase of its own.
     */
    static final double SPLIT_GAP_S = BurstSegmenter.END_GAP_S;
    /** How often a live quality report is made, stream seconds. */
    static final double QUALITY_EVERY_S = 1.0;

    private final float sampleRate;
    private final BreathListener listener;
    private final int factor;
    private final float inverseFactor;
    private final float[] frame;
    private final FrameAnalyzer analyzer;
    private final FrameFeatures features = new FrameFeatures();
    private final BurstSegmenter segmenter;
    private final PhaseLabeller labeller = new PhaseLabeller();
    private final RateEstimator rate = new RateEstimator();
    private final QualityMeter quality;
    private final double frameS;

    private long samplesSeen;
    private float accumulator;
    private int accumulated;
    private int framePos;
    private float framePeak;
    private long frameClipped;
    private long frameSamples;
    private double nextQualityS = QUALITY_EVERY_S;
    private Phase currentPhase;
    private final double[] shape = new double[FrameAnalyzer.BANDS];
    private double joinedStartS = -1;
    private double lastQualityScore = 1;
    private boolean endPending;
    private Phase pendingPhase;
    private double pendingStartS;
    private double pendingEndS;

    /**
     * @param sampleRate input sample rate in Hz, 8000–48000
     * @param listener   receives events on the calling thread; see {@link BreathListener}
     */
    public BreathDetector(float sampleRate, BreathListener listener) {
        if (!(sampleRate >= 8000 && sampleRate <= 48000)) {
            throw new IllegalArgumentException("sample rate must be 8000–48000 Hz: " + sampleRate);
        }
        this.sampleRate = sampleRate;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.factor = Math.max(1, (int) Math.floor(sampleRate / TARGET_RATE_HZ));
        this.inverseFactor = 1f / factor;
        double decimatedRate = sampleRate / (double) factor;
        int size = decimatedRate < 12000 ? 256 : 512;
        this.frame = new float[size];
        this.analyzer = new FrameAnalyzer(size, decimatedRate);
        this.frameS = size * factor / (double) sampleRate;
        this.segmenter = new BurstSegmenter(frameS, new Sink());
        this.quality = new QualityMeter(frameS);
    }

    /** Feeds {@code length} mono samples in [-1, 1] from {@code samples[offset]}. */
    public void process(float[] samples, int offset, int length) {
        int i = offset;
        int end = offset + length;
        while (i < end) {
            // Work up to the end of the current frame with locals only (the hot loop of the detector):
            // one pass averages each group of samples and tracks the loudest one.
            int untilFrameFull = (frame.length - framePos) * factor - accumulated;
            int stop = Math.min(end, i + untilFrameFull);
            float peak = 0;
            int k = i;
            int pos = framePos;
            if (accumulated > 0) {
                // finish the group left open by the previous call
                float acc = accumulator;
                int count = accumulated;
                while (k < stop && count < factor) {
                    float v = samples[k++];
                    acc += v;
                    peak = Math.max(peak, Math.abs(v));
                    count++;
                }
                if (count == factor) {
                    frame[pos++] = acc * inverseFactor;
                    accumulator = 0;
                    accumulated = 0;
                } else {
                    accumulator = acc;
                    accumulated = count;
                }
            }
            int whole = (stop - k) / factor;
            if (factor == 3) {
                for (int g = 0; g < whole; g++, k += 3) {
                    float a = samples[k];
                    float b = samples[k + 1];
                    float c = samples[k + 2];
                    frame[pos++] = (a + b + c) * inverseFactor;
                    peak = Math.max(peak, Math.max(Math.abs(a), Math.max(Math.abs(b), Math.abs(c))));
                }
            } else if (factor == 1) {
                for (int g = 0; g < whole; g++, k++) {
                    float a = samples[k];
                    frame[pos++] = a;
                    peak = Math.max(peak, Math.abs(a));
                }
            } else {
                for (int g = 0; g < whole; g++) {
                    float acc = 0;
                    for (int d = 0; d < factor; d++) {
                        float v = samples[k + d];
                        acc += v;
                        peak = Math.max(peak, Math.abs(v));
                    }
                    frame[pos++] = acc * inverseFactor;
                    k += factor;
                }
            }
            if (k < stop) {
                float acc = 0;
                int count = 0;
                while (k < stop) {
                    float v = samples[k++];
                    acc += v;
                    peak = Math.max(peak, Math.abs(v));
                    count++;
                }
                accumulator = acc;
                accumulated = count;
            }
            if (peak >= QualityMeter.CLIP_LEVEL) {
                // Only a chunk that reached full scale is scanned again to count its clipped samples.
                frameClipped += countClipped(samples, i, stop);
            }
            framePeak = Math.max(framePeak, peak);
            framePos = pos;
            samplesSeen += stop - i;
            i = stop;
            if (framePos == frame.length) {
                frameSamples = (long) frame.length * factor;
                onFrame();
                framePos = 0;
            }
        }
    }

    private static int countClipped(float[] samples, int from, int to) {
        int clipped = 0;
        for (int k = from; k < to; k++) {
            clipped += Math.abs(samples[k]) >= QualityMeter.CLIP_LEVEL ? 1 : 0;
        }
        return clipped;
    }

    /** Ends the stream: closes any open phase and emits the final quality over the whole stream. */
    public void finish() {
        segmenter.finish();
        flushPendingEnd(streamTimeS());
        listener.onQuality(quality.total(streamTimeS()));
    }

    /** Seconds of audio fed so far. */
    public double streamTimeS() {
        return samplesSeen / (double) sampleRate;
    }

    public float sampleRate() {
        return sampleRate;
    }

    /** Length of one analysis frame, seconds: the detector's time resolution. */
    public double frameS() {
        return frameS;
    }

    private void onFrame() {
        features.peak = framePeak;
        analyzer.analyze(frame, features);
        segmenter.accept(features, analyzer.settled());
        analyzer.learnRoom(segmenter.lastFrameWasRoom(), segmenter.stuck() ? 10 : 1);
        quality.frame(features, segmenter.inBurst(), frameSamples, frameClipped);
        framePeak = 0;
        frameClipped = 0;
        double now = streamTimeS();
        if (endPending && now - pendingEndS >= JOIN_GAP_S) {
            flushPendingEnd(now);
        }
        rate.pause(now);
        if (now >= nextQualityS) {
            nextQualityS += QUALITY_EVERY_S;
            SignalQuality q = quality.report(now);
            lastQualityScore = Double.isNaN(q.snrDb()) ? 0.5 : Math.max(0, Math.min(1, (q.snrDb() - 3) / 12));
            listener.onQuality(q);
        }
    }

    private void flushPendingEnd(double now) {
        if (endPending) {
            endPending = false;
            listener.onPhaseEnded(new PhaseEnded(pendingPhase, pendingStartS, pendingEndS, Math.max(now, pendingEndS)));
        }
    }

    /** Turns bursts into phase events and rate updates. */
    private final class Sink implements BurstSink {
        @Override
        public void burstStarted(double startS, double emittedS, BurstStats onset) {
            onset.shape(shape);
            Phase phase = labeller.label(shape, onset.peakLevelDbfs(), false, startS);
            if (endPending && phase == pendingPhase && startS - pendingEndS < SPLIT_GAP_S
                    && pendingEndS - pendingStartS < FRAGMENT_S) {
                // The same phase again after a brief dip: carry on with the one already announced.
                endPending = false;
                currentPhase = phase;
                joinedStartS = pendingStartS;
                return;
            }
            flushPendingEnd(emittedS);
            joinedStartS = -1;
            currentPhase = phase;
            quality.onset(startS);
            listener.onPhaseStarted(new PhaseStarted(currentPhase, startS, emittedS));
            RateUpdated r = rate.onset(currentPhase, startS, emittedS, lastQualityScore);
            if (r != null) {
                listener.onRate(r);
            }
        }

        @Override
        public void burstEnded(double startS, double endS, double emittedS, BurstStats whole) {
            // The whole burst is better evidence than its first moments: the end carries the final label.
            whole.shape(shape);
            Phase phase = labeller.label(shape, whole.peakLevelDbfs(), true, startS);
            labeller.remember(shape, whole.peakLevelDbfs(), endS - startS, startS, phase);
            if (joinedStartS >= 0) {
                phase = currentPhase;
            }
            endPending = true;
            pendingPhase = phase;
            pendingStartS = joinedStartS >= 0 ? joinedStartS : startS;
            pendingEndS = endS;
        }
    }
}
