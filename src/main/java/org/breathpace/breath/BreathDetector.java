package org.breathpace.breath;

import java.util.Objects;

/**
 * Streaming breath detector: feed it mono frames of any length as they arrive; it emits
 * phases, rate and quality to its listener as soon as each is decided. The same object runs
 * live (audio thread) and offline ({@code analyze}).
 *
 * <p>The stages, each in its own class: {@link SpectrumFront} (box-average decimation to 12–16 kHz,
 * peak and clipping, the power spectrum of each ~35 ms frame: everything that depends on the
 * samples alone); {@link FrameAnalyzer} (each spectrum against the learned room, {@link NoiseSpectrum});
 * {@link BurstSegmenter} (bursts of breath-like sound); {@link PhaseLabeller} (inhale or exhale,
 * judged from this recording's own bursts); {@link RateEstimator}; {@link QualityMeter}.
 *
 * <p>Live, {@link #process} runs the front and the decisions one after the other on the audio
 * thread. Offline analysis may instead run a {@link SpectrumFront} on a second thread and pass its
 * frames to {@link #frameReady} in order: the same frames give the same events.
 *
 * <p>Not thread-safe: one thread feeds it. {@link #process} and {@link #frameReady} do not
 * allocate in steady state; events are allocated only when emitted.
 */
public final class BreathDetector implements FrameHandoff {

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
    private final FrameLayout layout;
    /** Measures the samples given to {@link #process} (live: on the same thread). */
    private final SpectrumFront front;
    /** Computes the spectrum of a frame whose front left it to this thread. */
    private final PowerSpectrum spectrum;
    private final long frameSamples;
    private final FrameAnalyzer analyzer;
    private final FrameFeatures features = new FrameFeatures();
    private final BurstSegmenter segmenter;
    private final PhaseLabeller labeller = new PhaseLabeller();
    private final RateEstimator rate = new RateEstimator();
    private final QualityMeter quality;
    private final double frameS;

    /** Input samples the decisions have reached: the end of the last frame, or of the stream. */
    private long samplesSeen;
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
        this.layout = FrameLayout.of(sampleRate);
        this.analyzer = new FrameAnalyzer(layout.size(), layout.decimatedRate());
        this.frameS = layout.frameS();
        this.frameSamples = layout.inputSamples();
        this.front = new SpectrumFront(layout, new SpectrumFrame(layout), this);
        this.spectrum = new PowerSpectrum(layout);
        this.segmenter = new BurstSegmenter(frameS, new Sink());
        this.quality = new QualityMeter(frameS);
    }

    /**
     * Feeds {@code length} mono samples in [-1, 1] from {@code samples[offset]}: the detector's own
     * {@link SpectrumFront} measures them and hands each finished frame to {@link #frameReady},
     * all on the calling thread.
     */
    public void process(float[] samples, int offset, int length) {
        front.process(samples, offset, length);
        samplesSeen = front.samplesSeen();
    }

    /**
     * Takes the next frame from a {@link SpectrumFront} of this sample rate that runs elsewhere
     * (offline analysis measures frames on a second thread): every decision about it is made here,
     * on the calling thread, and events go to the listener. Frames must come in stream order; do
     * not mix this with {@link #process}. Returns {@code frame}, whose values are no longer needed.
     *
     * <p>One method for the whole frame, called straight by whoever has the frame (this detector's
     * own front, or the offline pipeline), with no wrapper in between: each layer that is called
     * once per frame becomes hot at the same moment as the others, and the JIT then compiles the
     * whole detector inlined into each of them.
     */
    @Override
    public SpectrumFrame frameReady(SpectrumFrame frame) {
        if (frame.layout != layout && !frame.layout.equals(layout)) {
            throw new IllegalArgumentException("a frame of layout " + frame.layout + " is not for this detector (" + layout + ")");
        }
        spectrum.complete(frame);
        samplesSeen = frame.endSample;
        features.peak = frame.peak;
        analyzer.analyze(frame.power, features);
        segmenter.accept(features, analyzer.settled());
        analyzer.learnRoom(segmenter.lastFrameWasRoom(), segmenter.stuck() ? 10 : 1);
        quality.frame(features, segmenter.inBurst(), analyzer.settled(), frameSamples, frame.clipped);
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
        return frame;
    }

    /** Ends the stream: closes any open phase and emits the final quality over the whole stream. */
    public void finish() {
        finish(samplesSeen);
    }

    /**
     * Ends a stream whose frames came through {@link #frameReady}: {@code totalSamples} is the
     * number of input samples the front was fed ({@link SpectrumFront#samplesSeen()}), including
     * those after the last whole frame.
     */
    public void finish(long totalSamples) {
        if (totalSamples < samplesSeen) {
            throw new IllegalArgumentException("the stream cannot end at sample " + totalSamples + ", before its last frame at " + samplesSeen);
        }
        samplesSeen = totalSamples;
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
