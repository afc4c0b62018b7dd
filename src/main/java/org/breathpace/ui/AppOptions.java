package org.breathpace.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.breathpace.history.DataDirectory;
import org.breathpace.routine.DefaultRoutine;
import org.breathpace.routine.Routine;
import org.breathpace.routine.RoutineFile;
import org.breathpace.routine.RoutineFileException;

/**
 * The options the window understands: {@code --input FILE}, {@code --data-dir DIR},
 * {@code --no-mic}, {@code --routine FILE}, and the hidden {@code --speed N}, {@code --screenshots DIR},
 * {@code --frame-timing SECONDS}. Anything else belongs to the command line.
 *
 * @param input        a WAV file replayed as the microphone, or null
 * @param dataDir      where settings and history live
 * @param noMic        run as a timed pacer without opening any input
 * @param speed        simulated seconds per real second (demos), &gt; 0
 * @param screenshots  write the documented screenshots here and exit, or null
 * @param frameTimingS run a session this long, print frame timing and exit; 0 for normal use
 * @param routine      the routine to run (the built-in one unless {@code --routine FILE})
 */
public record AppOptions(Path input, Path dataDir, boolean noMic, double speed, Path screenshots, double frameTimingS,
                         Routine routine) {

    /** Thrown with one plain sentence when an option is wrong. */
    public static final class BadOption extends Exception {
        private static final long serialVersionUID = 1L;

        BadOption(String message) {
            super(message);
        }
    }

    /** Whether every argument is one of the window's options (so the window should open). */
    public static boolean isAppInvocation(String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--no-mic" -> { }
                case "--input", "--data-dir", "--speed", "--screenshots", "--frame-timing", "--routine" -> i++;
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    /** Parses the window's options; {@code env} is the environment (for BREATHPACE_HOME, XDG_DATA_HOME, HOME). */
    public static AppOptions parse(String[] args, Map<String, String> env) throws BadOption {
        Path input = null;
        Path dataDir = null;
        boolean noMic = false;
        double speed = 1;
        Path shots = null;
        double timing = 0;
        Path routineFile = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--no-mic")) {
                noMic = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new BadOption(a + " needs a value after it.");
            }
            String v = args[++i];
            switch (a) {
                case "--input" -> input = Path.of(v);
                case "--data-dir" -> dataDir = Path.of(v);
                case "--speed" -> speed = positive(a, v);
                case "--screenshots" -> shots = Path.of(v);
                case "--frame-timing" -> timing = positive(a, v);
                case "--routine" -> routineFile = Path.of(v);
                default -> throw new BadOption("Unknown option " + a + ": run 'breathpace --help' for the commands.");
            }
        }
        if (input != null && !Files.isRegularFile(input)) {
            throw new BadOption("The recording " + input + " does not exist or is not a file: give the path of a WAV file to --input.");
        }
        if (input != null && noMic) {
            throw new BadOption("Use either --input FILE or --no-mic, not both.");
        }
        if (dataDir == null) {
            dataDir = defaultDataDir(env);
        }
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new BadOption("The data directory " + dataDir + " is a file, not a folder: give another with --data-dir.");
        }
        Routine routine = DefaultRoutine.ROUTINE;
        if (routineFile != null) {
            try {
                routine = RoutineFile.read(routineFile);
            } catch (RoutineFileException e) {
                throw new BadOption(e.getMessage() + " Without --routine the built-in routine runs.");
            }
        }
        return new AppOptions(input, dataDir, noMic, speed, shots, timing, routine);
    }

    private static double positive(String option, String v) throws BadOption {
        try {
            double d = Double.parseDouble(v);
            if (d > 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new BadOption(option + " needs a positive number, not \"" + v + "\".");
    }

    /** The data directory as {@link DataDirectory} chooses it: BREATHPACE_HOME, XDG_DATA_HOME, ~/.local/share. */
    static Path defaultDataDir(Map<String, String> env) {
        return DataDirectory.resolve(null, env, Path.of(env.getOrDefault("HOME", System.getProperty("user.home"))));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "input=%s dataDir=%s noMic=%s speed=%s", input, dataDir, noMic, speed);
    }
}
