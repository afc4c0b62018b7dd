package org.breathpace.routine;

import java.util.Objects;
import org.breathpace.pacing.BreathingPattern;

/**
 * The paced breathing block.
 *
 * @param pattern  the pattern to reach
 * @param seconds  how long, {@value #MIN_S}–{@value #MAX_S} s
 * @param adaptive whether the pacer starts at the check-in rate and glides to the pattern
 * @param glideS   seconds of following it takes to reach the pattern (0–{@code seconds}); ignored when not adaptive
 */
public record BreathingBlock(BreathingPattern pattern, int seconds, boolean adaptive, int glideS) {
    public static final int MIN_S = 30;
    public static final int MAX_S = 1800;

    public BreathingBlock {
        Objects.requireNonNull(pattern, "pattern");
        if (seconds < MIN_S || seconds > MAX_S) {
            throw new IllegalArgumentException("the breathing block must be " + MIN_S + "–" + MAX_S + " seconds, not " + seconds);
        }
        if (glideS < 0 || glideS > seconds) {
            throw new IllegalArgumentException("the glide must be 0–" + seconds + " seconds (the block's length), not " + glideS);
        }
    }

    /** The default: 4 minutes of diaphragmatic breathing, gliding down over the first half. */
    public static final BreathingBlock DEFAULT = new BreathingBlock(BreathingPattern.DIAPHRAGMATIC, 240, true, 120);
}
