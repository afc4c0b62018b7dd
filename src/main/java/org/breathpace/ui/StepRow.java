package org.breathpace.ui;

/**
 * One line of the routine sequence beside the pacer.
 *
 * @param name    the step's name
 * @param outcome done, current, upcoming…
 * @param planned its planned length, e.g. "1:00" or "2 × 0:45"
 */
public record StepRow(String name, StepOutcome outcome, String planned) { }
