package org.breathpace.breath;

/** Receives the bursts of breath-like sound that {@link BurstSegmenter} decides on, in order. */
interface BurstSink {

    /**
     * A burst has lasted long enough, and looks enough like breath, to be called one.
     *
     * @param startS   when it began, stream seconds
     * @param emittedS now, stream seconds
     * @param onset    the frames seen so far (its first moments)
     */
    void burstStarted(double startS, double emittedS, BurstStats onset);

    /**
     * The burst announced by the last {@link #burstStarted} is over.
     *
     * @param whole all of its frames
     */
    void burstEnded(double startS, double endS, double emittedS, BurstStats whole);
}
