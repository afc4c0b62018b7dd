package org.breathpace.routine;

/**
 * The session's cue tones, each a soft sine with its own pitch so they are told apart without
 * looking: inhale rises, exhale falls lower, a side switch is two short blips, the next exercise a
 * two-note chime.
 */
public enum Tone {
    /** Breathe in: C5 gliding up to D5, 0.35 s. */
    INHALE(523.25, 587.33, 0.35, 1),
    /** Breathe out: E4 gliding down to D4, 0.5 s. */
    EXHALE(329.63, 293.66, 0.5, 1),
    /** Change sides: two 0.12 s blips of A5. */
    SIDE_SWITCH(880.0, 880.0, 0.12, 2),
    /** Next exercise: G4 then C5, 0.25 s each. */
    NEXT_EXERCISE(392.0, 523.25, 0.25, 2);

    final double fromHz;
    final double toHz;
    final double noteS;
    final int notes;

    Tone(double fromHz, double toHz, double noteS, int notes) {
        this.fromHz = fromHz;
        this.toHz = toHz;
        this.noteS = noteS;
        this.notes = notes;
    }

    /** The pitch it starts at, Hz. */
    public double startHz() {
        return fromHz;
    }
}
