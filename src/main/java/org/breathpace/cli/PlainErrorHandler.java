package org.breathpace.cli;

import picocli.CommandLine;

/**
 * Turns any exception escaping a command into one sentence on stderr and a non-zero exit code.
 * {@link UserError}s print their message; anything else is a bug and says so, still without a
 * stack trace unless {@code BREATHPACE_DEBUG} is set.
 */
final class PlainErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        if (ex instanceof UserError ue) {
            cl.getErr().println(ue.getMessage());
            return ue.exitCode();
        }
        cl.getErr().println("breathpace hit an internal error (" + ex.getClass().getSimpleName() + ": "
                + ex.getMessage() + "); please report it. Set BREATHPACE_DEBUG=1 to see details.");
        if (System.getenv("BREATHPACE_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        return 70;
    }
}
