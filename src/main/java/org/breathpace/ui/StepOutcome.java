package org.breathpace.ui;

/** Where a step stands in a running session, as the sequence beside the pacer shows it. */
public enum StepOutcome {
    /** Not reached yet. */
    UPCOMING("next"),
    /** Being done now. */
    CURRENT("now"),
    /** Done in full. */
    DONE("done"),
    /** Done, but eased after pain. */
    EASED("eased"),
    /** Skipped. */
    SKIPPED("skipped");

    private final String label;

    StepOutcome(String label) {
        this.label = label;
    }

    /** One word for the sequence list. */
    public String label() {
        return label;
    }
}
