package org.breathpace.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code breathpace session}: Runs the breathe-then-move session in the terminal. */
@Command(name = "session", mixinStandardHelpOptions = true, description = "Runs the breathe-then-move session in the terminal.")
public final class SessionCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'session' is not available in this build yet.");
    }
}
