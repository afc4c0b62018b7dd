package org.breathpace.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BreathpaceCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), args).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
