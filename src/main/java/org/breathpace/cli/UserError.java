package org.breathpace.cli;

/**
 * A problem with what the user asked for (bad file, bad option value, missing device), whose
 * message is one plain sentence saying what, where, and what to do. The CLI prints the message
 * alone, never a stack trace, and exits with {@link #exitCode()}.
 */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public UserError(String message) {
        this(message, 2);
    }

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
