package org.breathpace.ui;

import org.breathpace.breath.SignalQuality;

/** The signal-quality light: a colour and a word. */
public enum QualityLight {
    /** No input, or nothing measured yet. */
    OFF("no signal"),
    POOR("poor signal"),
    FAIR("fair signal"),
    GOOD("good signal");

    private final String words;

    QualityLight(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The CSS style class of the light, e.g. "quality-good". */
    public String styleClass() {
        return "quality-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Good at 15 dB over the room and no warning, fair at 8 dB, else poor. */
    public static QualityLight of(SignalQuality q) {
        if (Double.isNaN(q.snrDb())) {
            return POOR;
        }
        if (q.snrDb() >= 15 && q.warnings().isEmpty()) {
            return GOOD;
        }
        return q.snrDb() >= 8 ? FAIR : POOR;
    }
}
