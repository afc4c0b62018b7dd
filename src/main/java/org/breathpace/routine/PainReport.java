package org.breathpace.routine;

import java.util.Objects;

/**
 * A pain report, kept for history.
 *
 * @param atS    session seconds when it was reported
 * @param stepId the step (usually an exercise id) it happened in
 * @param side   1 or 2 for a two-sided exercise, 0 otherwise
 * @param note   the person's own words (may be empty)
 * @param choice what they chose next; null if the session ended before they chose
 */
public record PainReport(double atS, String stepId, int side, String note, PainChoice choice) {
    public PainReport {
        Objects.requireNonNull(stepId, "stepId");
        note = note == null ? "" : note.strip();
        if (side < 0 || side > 2) {
            throw new IllegalArgumentException("side must be 0, 1 or 2: " + side);
        }
    }

    PainReport withNote(String n) {
        return new PainReport(atS, stepId, side, n, choice);
    }

    PainReport withChoice(PainChoice c) {
        return new PainReport(atS, stepId, side, note, c);
    }
}
