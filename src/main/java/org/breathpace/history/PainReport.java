package org.breathpace.history;

/**
 * The user said something hurt.
 *
 * @param exercise the exercise under way (as the routine names it)
 * @param side     "left", "right" or null when the exercise has no sides
 * @param atS      seconds since the session started, 0 – 86,400
 * @param choice   what they chose to do about it
 * @param note     their own words, possibly empty (never null), at most 2,000 characters
 */
public record PainReport(String exercise, String side, double atS, PainChoice choice, String note) {
    public PainReport {
        Checks.text("exercise", exercise, 200);
        if (side != null && !side.equals("left") && !side.equals("right")) {
            throw new IllegalArgumentException("side must be left, right or absent, not '" + side + "'");
        }
        Checks.inRange("atS", atS, 0, 86_400);
        Checks.present("choice", choice);
        note = note == null ? "" : note;
        if (note.length() > 2_000) {
            throw new IllegalArgumentException("note must be at most 2000 characters");
        }
    }
}
