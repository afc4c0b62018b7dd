package org.breathpace.ui;

import java.util.List;

/**
 * What the session screen drives: a session run in time passed in. {@link TimedSession} is the
 * screen's own timed implementation; the {@code routine} package's session plugs in behind this
 * same interface. All methods are called on the FX thread; {@code nowS} is session seconds since
 * start and never goes backwards.
 */
public interface SessionDriver {

    List<Step> steps();

    /** Moves the session on to {@code nowS}. */
    void tick(double nowS);

    SessionSnapshot snapshot();

    void togglePause(double nowS);

    void skip(double nowS);

    void back(double nowS);

    /** Pauses at once and waits for {@link #painChoice}. */
    void pain(double nowS);

    void painChoice(PainNote.Choice choice, double nowS);

    void end(double nowS);

    /** Pain reports so far, oldest first. */
    List<PainNote> painNotes();
}
