package org.breathpace.routine;

/**
 * Whether cue tones play, and how loud.
 *
 * @param enabled on or off
 * @param volume  0 (silent) … 1 (the loudest cue, still 8 dB below full scale)
 */
public record CueSettings(boolean enabled, double volume) {
    public CueSettings {
        if (!(volume >= 0 && volume <= 1)) {
            throw new IllegalArgumentException("the volume must be 0–100 %, not " + Math.round(volume * 100) + " %");
        }
    }

    /** Tones off. */
    public static final CueSettings OFF = new CueSettings(false, 0);
    /** Tones on at 60 %. */
    public static final CueSettings DEFAULT = new CueSettings(true, 0.6);
}
