package org.breathpace.ui;

import javafx.application.Application;

/** Starts the JavaFX application when {@code breathpace} is run with no command. */
public final class AppLauncher {

    private AppLauncher() {
    }

    /** True when the arguments ask for the window (none, or only window options such as {@code --input FILE}). */
    public static boolean isAppInvocation(String[] args) {
        return AppOptions.isAppInvocation(args);
    }

    /** Checks the options (one sentence and exit code 2 when wrong), then opens the window. */
    public static int launch(String[] args) {
        try {
            AppOptions.parse(args, System.getenv());
        } catch (AppOptions.BadOption e) {
            System.err.println(e.getMessage());
            return 2;
        }
        Application.launch(BreathpaceApp.class, args);
        return 0;
    }
}
