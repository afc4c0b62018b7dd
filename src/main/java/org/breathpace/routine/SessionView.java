package org.breathpace.routine;

import org.breathpace.pacing.AdherenceSummary;
import org.breathpace.pacing.PacerState;

/**
 * What a display shows at one moment of a session (a snapshot; take a new one each frame).
 *
 * @param status        ready, running, paused, pain (waiting for a choice) or finished
 * @param index         the step's position, 0-based
 * @param steps         how many steps
 * @param step          the current step (null before the start)
 * @param stepLeftS     seconds left in the step (estimated for reps)
 * @param pacer         the pacer, during the breathing block; null otherwise
 * @param stage         work, switch or rest, during an exercise; null otherwise
 * @param stageLeftS    seconds left in that stage
 * @param side          current side (1 or 2) during an exercise; 0 otherwise
 * @param sides         sides of the exercise; 0 otherwise
 * @param rep           reps done on this side
 * @param reps          reps to do on this side (0 for a timed exercise)
 * @param eased         whether the exercise was eased after pain
 * @param next          name of the next step, or null
 * @param breathsPerMin the person's latest measured rate, or null when none is fresh
 * @param adherence     the breathing block's adherence so far
 */
public record SessionView(Session.Status status, int index, int steps, Step step, double stepLeftS, PacerState pacer,
                          String stage, double stageLeftS, int side, int sides, int rep, int reps, boolean eased,
                          String next, Double breathsPerMin, AdherenceSummary adherence) { }
