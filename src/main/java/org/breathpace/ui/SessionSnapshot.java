package org.breathpace.ui;

import java.util.List;

/**
 * A running session at one moment, as the screen needs it.
 *
 * @param index      the current step (0-based); equals the step count once ended
 * @param stepLeftS  seconds left in the current step (or side)
 * @param totalLeftS seconds left in the whole session, as planned
 * @param side       "left", "right" or "" for the current step
 * @param paused     paused by the person
 * @param painOpen   a pain report is waiting for a choice (the session is paused)
 * @param ended      the session is over
 * @param outcomes   one per step
 * @param pacerS     seconds the pacer has run (it stops while paused)
 */
public record SessionSnapshot(int index, double stepLeftS, double totalLeftS, String side, boolean paused,
                              boolean painOpen, boolean ended, List<StepOutcome> outcomes, double pacerS) {
    public SessionSnapshot {
        outcomes = List.copyOf(outcomes);
    }
}
