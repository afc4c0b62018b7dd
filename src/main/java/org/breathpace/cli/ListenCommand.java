package org.breathpace.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code breathpace listen}: Listens live (microphone or a replayed file) and prints breath events as they happen. */
@Command(name = "listen", mixinStandardHelpOptions = true, description = "Listens live (microphone or a replayed file) and prints breath events as they happen.")
public final class ListenCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'listen' is not available in this build yet.");
    }
}
