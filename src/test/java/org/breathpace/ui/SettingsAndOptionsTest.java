package org.breathpace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings files that cannot be used are kept, never lost; the window's options are checked. */
class SettingsAndOptionsTest {
    @TempDir
    Path dir;

    @Test
    void aBadSettingsFileIsMovedAsideAndTheDefaultsUsed() throws Exception {
        Path file = dir.resolve("settings.json");
        String bad = "{\"device\":\"\",\"pattern\":\"diaphragmatic\",\"breatheMinutes\":99,\"adaptive\":true,\"targetRate\":6,"
                + "\"tones\":true,\"volume\":40,\"theme\":\"light\",\"textSize\":15}";
        Files.writeString(file, bad);
        SettingsStore.Loaded loaded = new SettingsStore(dir).load();
        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULTS);
        assertThat(loaded.problem()).contains("The breathing block must be between 1 and 20 minutes, not 99.")
                .contains("settings.json.bad");
        assertThat(Files.readString(dir.resolve("settings.json.bad"))).isEqualTo(bad);
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void notJsonIsKeptToo() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{not json");
        SettingsStore.Loaded loaded = new SettingsStore(dir).load();
        assertThat(loaded.settings()).isEqualTo(Settings.DEFAULTS);
        assertThat(loaded.problem()).startsWith("The settings in ");
        assertThat(Files.readString(dir.resolve("settings.json.bad"))).isEqualTo("{not json");
    }

    @Test
    void savedSettingsComeBack() throws Exception {
        Settings s = new Settings("USB", "box", 6, false, 4.5, false, 10, "dark", 20);
        new SettingsStore(dir).save(s);
        assertThat(new SettingsStore(dir).load()).isEqualTo(new SettingsStore.Loaded(s, ""));
    }

    @Test
    void eachBadSettingHasOneSentence() {
        assertThatThrownBy(() -> new Settings("", "wave", 4, true, 6, true, 40, "light", 15))
                .hasMessage("The breathing pattern \"wave\" is not one breathpace knows: choose diaphragmatic, resonance, box or 4-7-8.");
        assertThatThrownBy(() -> new Settings("", "box", 4, true, 2, true, 40, "light", 15))
                .hasMessage("The target rate must be between 3 and 12 breaths a minute, not 2.");
        assertThatThrownBy(() -> new Settings("", "box", 4, true, 6, true, 40, "blue", 15))
                .hasMessage("The theme \"blue\" is not known: choose light or dark.");
    }

    @Test
    void windowOptions() throws Exception {
        assertThat(AppOptions.isAppInvocation(new String[0])).isTrue();
        assertThat(AppOptions.isAppInvocation(new String[] {"--input", "a.wav", "--data-dir", "d"})).isTrue();
        assertThat(AppOptions.isAppInvocation(new String[] {"analyze", "a.wav"})).isFalse();
        assertThat(AppOptions.isAppInvocation(new String[] {"--help"})).isFalse();
        AppOptions o = AppOptions.parse(new String[] {"--no-mic", "--data-dir", dir.toString()}, Map.of());
        assertThat(o.noMic()).isTrue();
        assertThat(o.dataDir()).isEqualTo(dir);
        assertThat(AppOptions.parse(new String[0], Map.of("BREATHPACE_HOME", dir.toString())).dataDir()).isEqualTo(dir);
        assertThatThrownBy(() -> AppOptions.parse(new String[] {"--input", "missing.wav"}, Map.of()))
                .hasMessage("The recording missing.wav does not exist or is not a file: give the path of a WAV file to --input.");
        assertThatThrownBy(() -> AppOptions.parse(new String[] {"--speed", "-1"}, Map.of()))
                .hasMessage("--speed needs a positive number, not \"-1\".");
        assertThat(AppOptions.parse(new String[0], Map.of("BREATHPACE_HOME", dir.toString())).routine())
                .isEqualTo(org.breathpace.routine.DefaultRoutine.ROUTINE);
        Path routine = Files.writeString(dir.resolve("r.json"), "{\"name\": 5}");
        assertThatThrownBy(() -> AppOptions.parse(new String[] {"--routine", routine.toString()}, Map.of()))
                .hasMessageEndingWith(" Without --routine the built-in routine runs.");
        assertThat(AppOptions.isAppInvocation(new String[] {"--routine", "r.json"})).isTrue();
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertThatThrownBy(() -> AppOptions.parse(new String[] {"--data-dir", file.toString()}, Map.of()))
                .hasMessageContaining("is a file, not a folder");
    }
}
