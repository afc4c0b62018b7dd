package org.breathpace.audio;

/**
 * Notices a stream of exact zeros (a muted input or a privacy switch) lasting
 * {@link #MUTED_AFTER_S}, and its end. Pure logic: fed sample blocks and the stream time.
 * Not thread-safe; no allocation.
 */
final class MutedWatch {
    static final double MUTED_AFTER_S = 2.0;

    private double zerosSinceS = -1;
    private double changedAtS;
    private boolean muted;
    private boolean lastBlockSilent;

    /**
     * @return +1 when the input has just become muted, -1 when it has just come back, else 0
     */
    int accept(float[] samples, int length, double startS, double endS) {
        int first = length;
        for (int i = 0; i < length; i++) {
            if (samples[i] != 0f) {
                first = i;
                break;
            }
        }
        boolean allZero = first == length;
        lastBlockSilent = allZero;
        if (!allZero) {
            zerosSinceS = -1;
            if (muted) {
                muted = false;
                changedAtS = startS + (endS - startS) * first / length;
                return -1;
            }
            return 0;
        }
        if (zerosSinceS < 0) {
            zerosSinceS = startS;
        }
        if (!muted && endS - zerosSinceS >= MUTED_AFTER_S) {
            muted = true;
            changedAtS = zerosSinceS;
            return 1;
        }
        return 0;
    }

    /**
     * When the last change that {@link #accept} reported began, stream seconds: the first block of
     * zeros for a muted input, the first sample that is not zero for one that came back.
     */
    double changedAtS() {
        return changedAtS;
    }

    /** Whether the last block given to {@link #accept} was all exact zeros. */
    boolean lastBlockSilent() {
        return lastBlockSilent;
    }
}
