package org.breathpace.audio;

import org.breathpace.breath.BreathListener;

/**
 * Receives a live source's breath events and its status.
 *
 * <p><b>Thread contract.</b> Every method is called on the source's audio thread
 * ("breathpace-audio"). Implementations must return at once, must not block, throw or touch
 * JavaFX nodes: hand events to another thread (a queue) for anything slow such as printing,
 * saving or drawing.
 */
public interface SourceListener extends BreathListener {

    /** The input started, stalled, went silent, came back, was lost or stopped. */
    default void onStatus(SourceStatus status) { }
}
