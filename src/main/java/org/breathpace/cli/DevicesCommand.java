package org.breathpace.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.breathpace.audio.CaptureDevices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code breathpace devices}: lists capture devices with the formats each accepts. */
@Command(name = "devices", mixinStandardHelpOptions = true, description = "Lists the microphones breathpace can use.")
public final class DevicesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<CaptureDevices.Device> devices = CaptureDevices.list();
        if (devices.isEmpty()) {
            out.println("No microphone found. Plug one in and check that the system sees it;"
                    + " meanwhile 'breathpace listen --input FILE' replays a recording instead.");
            return 0;
        }
        for (CaptureDevices.Device d : devices) {
            out.printf("%d  %s%s%n    %s%n", d.index(), d.name(),
                    d.description().isBlank() ? "" : " (" + d.description() + ")", String.join(", ", d.formats()));
        }
        out.println("Use one with: breathpace listen --device NUMBER-or-NAME");
        return 0;
    }
}
