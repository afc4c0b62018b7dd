package org.breathpace.breath;

/**
 * Where {@link SpectrumFront} puts each finished frame, and where it gets the slot for the next.
 *
 * <p><b>Thread contract.</b> Called on the thread that feeds the front. Live, that is the audio
 * thread: the hand-off is then the detector itself, which must not block. A hand-off to another
 * thread (offline analysis) may wait for a free slot; it must not throw except to stop the stream.
 */
@FunctionalInterface
public interface FrameHandoff {
    /**
     * Takes a finished frame and returns the slot the front fills next: the same slot once its
     * values have been used, or another one of the same layout (the front no longer touches
     * {@code filled} after this call).
     */
    SpectrumFrame frameReady(SpectrumFrame filled);
}
