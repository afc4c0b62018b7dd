package org.breathpace.ui;

/** Starts the JavaFX application. (The window is built under issue 6.) */
public final class AppLauncher {

    private AppLauncher() {
    }

    /** True when the arguments ask for the window rather than a CLI command. */
    public static boolean isAppInvocation(String[] args) {
        return args.length == 0;
    }

    public static void launch(String[] args) {
        System.err.println("The breathpace window is not built yet; run 'breathpace --help' for the commands.");
    }
}
