package org.breathpace.breath;

/**
 * How the detector cuts a stream at a given input rate into analysis frames: the box-average
 * decimation factor that brings the input down to about {@link BreathDetector#TARGET_RATE_HZ},
 * and the frame length at the decimated rate. The sample-only front ({@link SpectrumFront}) and
 * the stateful rest ({@link BreathDetector}) derive it from the same input rate, so they agree.
 *
 * @param sampleRate    input sample rate, Hz
 * @param factor        input samples averaged into one decimated sample, ≥ 1
 * @param size          frame length in decimated samples (a power of two)
 * @param decimatedRate rate of the decimated samples, Hz
 */
record FrameLayout(float sampleRate, int factor, int size, double decimatedRate) {

    FrameLayout {
        if (!(sampleRate >= 8000 && sampleRate <= 48000)) {
            throw new IllegalArgumentException("sample rate must be 8000–48000 Hz: " + sampleRate);
        }
        if (factor < 1 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("bad frame layout: factor " + factor + ", size " + size);
        }
    }

    /**
     * Written out rather than left to the record: the generated one is bootstrapped through method
     * handles the first time it runs, which costs a fresh JVM about a hundred classes spun at
     * start-up, and frames are checked against their detector's layout one by one.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof FrameLayout l && l.factor == factor && l.size == size
                && Float.compare(l.sampleRate, sampleRate) == 0 && Double.compare(l.decimatedRate, decimatedRate) == 0;
    }

    @Override
    public int hashCode() {
        return (Float.hashCode(sampleRate) * 31 + factor) * 31 + size;
    }

    /** The layout the detector uses for input at {@code sampleRate} Hz (8000–48000). */
    static FrameLayout of(float sampleRate) {
        if (!(sampleRate >= 8000 && sampleRate <= 48000)) {
            throw new IllegalArgumentException("sample rate must be 8000–48000 Hz: " + sampleRate);
        }
        int factor = Math.max(1, (int) Math.floor(sampleRate / BreathDetector.TARGET_RATE_HZ));
        double decimatedRate = sampleRate / (double) factor;
        int size = decimatedRate < 12000 ? 256 : 512;
        return new FrameLayout(sampleRate, factor, size, decimatedRate);
    }

    /** Input samples per frame. */
    int inputSamples() {
        return size * factor;
    }

    /** Length of one frame, seconds. */
    double frameS() {
        return size * factor / (double) sampleRate;
    }

    /** Bins of the power spectrum of one frame (0 to size/2). */
    int bins() {
        return size / 2 + 1;
    }
}
