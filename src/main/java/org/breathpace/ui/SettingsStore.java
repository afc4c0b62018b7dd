package org.breathpace.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes {@code settings.json} in the data directory. A file that cannot be used is
 * never overwritten or deleted: it is moved aside to {@code settings.json.bad} and the defaults
 * are used, with one sentence saying so. Writes go to a temporary file first, then replace the
 * old one in one move, so a crash never leaves half a file.
 */
public final class SettingsStore {
    /** What {@link #load} found. */
    public record Loaded(Settings settings, String problem) { }

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public SettingsStore(Path dataDir) {
        this.file = dataDir.resolve("settings.json");
    }

    public Path file() {
        return file;
    }

    /** The saved settings, or the defaults (with {@code problem} set when the file was bad). */
    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(Settings.DEFAULTS, "");
        }
        try {
            return new Loaded(mapper.readValue(file.toFile(), Settings.class), "");
        } catch (IOException e) {
            String why = e instanceof ValueInstantiationException v && v.getCause() != null
                    ? v.getCause().getMessage()
                    : e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            Path aside = file.resolveSibling("settings.json.bad");
            String where;
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                where = " It was kept as " + aside + ".";
            } catch (IOException moveFailed) {
                where = "";
            }
            return new Loaded(Settings.DEFAULTS, "The settings in " + file + " could not be used (" + why
                    + "), so the defaults are in place." + where);
        }
    }

    /** Saves {@code settings}; throws with a plain sentence when the directory cannot be written. */
    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("settings.json.tmp");
        mapper.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), settings);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
