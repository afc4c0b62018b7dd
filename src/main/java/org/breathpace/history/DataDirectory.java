package org.breathpace.history;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where breathpace keeps the user's data. In order: the {@code --data-dir} flag, the environment
 * variable {@code BREATHPACE_HOME}, {@code $XDG_DATA_HOME/breathpace} (only if absolute, as the XDG
 * specification asks), else {@code ~/.local/share/breathpace}. The environment and home directory
 * are passed in, so the choice is tested without touching the real ones.
 */
public final class DataDirectory {
    /** Environment variable that overrides the platform directory. */
    public static final String ENV = "BREATHPACE_HOME";

    private DataDirectory() {
    }

    /**
     * @param flag the {@code --data-dir} value, or null
     * @param env  the process environment (e.g. {@code System.getenv()})
     * @param home the user's home directory
     */
    public static Path resolve(Path flag, Map<String, String> env, Path home) {
        if (flag != null) {
            return flag.toAbsolutePath().normalize();
        }
        String own = env.get(ENV);
        if (own != null && !own.isBlank()) {
            return Path.of(own).toAbsolutePath().normalize();
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "breathpace").normalize();
        }
        return home.resolve(".local").resolve("share").resolve("breathpace").toAbsolutePath().normalize();
    }

    /** {@link #resolve} with this process's environment and {@code user.home}. */
    public static Path resolveForThisProcess(Path flag) {
        return resolve(flag, System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
