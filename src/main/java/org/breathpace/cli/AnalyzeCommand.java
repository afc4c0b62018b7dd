package org.breathpace.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code breathpace analyze}: Detects breaths in WAV files and prints phases, cycles, rate and signal quality. */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Detects breaths in WAV files and prints phases, cycles, rate and signal quality.")
public final class AnalyzeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'analyze' is not available in this build yet.");
    }
}
