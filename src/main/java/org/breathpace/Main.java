package org.breathpace;

import org.breathpace.cli.BreathpaceCommand;
import org.breathpace.ui.AppLauncher;

/**
 * Entry point of {@code breathpace.jar}: with no arguments (or only app options such as
 * {@code --input FILE}) it opens the window; with a command it runs the CLI.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (AppLauncher.isAppInvocation(args)) {
            int code = AppLauncher.launch(args);
            if (code != 0) {
                System.exit(code);
            }
            return;
        }
        System.exit(BreathpaceCommand.run(args));
    }
}
