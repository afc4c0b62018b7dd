package org.breathpace.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code breathpace history}: Shows, exports, imports and deletes saved sessions. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "Shows, exports, imports and deletes saved sessions.")
public final class HistoryCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'history' is not available in this build yet.");
    }
}
