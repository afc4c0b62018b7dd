package org.breathpace.breath;

import java.util.Locale;

/** Problems with the input signal, each with advice a person can act on. */
public enum QualityWarning {
    TOO_QUIET("The breath is very quiet: move the microphone closer to your nose and mouth or raise the input gain."),
    CLIPPING("The input is clipping: lower the input gain or move the microphone a little further away."),
    TOO_NOISY("The room is noisy compared with your breath: move somewhere quieter or bring the microphone closer."),
    NO_BREATH("No breathing heard: check that the right microphone is selected and that it is near your face.");

    private final String advice;

    QualityWarning(String advice) {
        this.advice = advice;
    }

    /** One plain sentence telling the user what to change. */
    public String advice() {
        return advice;
    }

    /** The lower-case snake name used in JSON output, e.g. {@code too_quiet}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
