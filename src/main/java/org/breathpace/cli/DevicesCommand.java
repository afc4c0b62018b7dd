package org.breathpace.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code breathpace devices}: Lists the capture devices and the formats each accepts. */
@Command(name = "devices", mixinStandardHelpOptions = true, description = "Lists the capture devices and the formats each accepts.")
public final class DevicesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'devices' is not available in this build yet.");
    }
}
