package org.breathpace.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void theFlagWinsOverEverything() {
        assertThat(DataDirectory.resolve(Path.of("/data/bp"), Map.of("BREATHPACE_HOME", "/env/bp",
                "XDG_DATA_HOME", "/xdg"), HOME)).isEqualTo(Path.of("/data/bp"));
    }

    @Test
    void thenBreathpaceHome() {
        assertThat(DataDirectory.resolve(null, Map.of("BREATHPACE_HOME", "/env/bp", "XDG_DATA_HOME", "/xdg"), HOME))
                .isEqualTo(Path.of("/env/bp"));
    }

    @Test
    void thenXdgDataHomeWhenAbsolute() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), HOME))
                .isEqualTo(Path.of("/xdg/breathpace"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "relative/xdg"), HOME))
                .isEqualTo(Path.of("/home/ada/.local/share/breathpace"));
    }

    @Test
    void elseTheHomeDefaultAndBlankVariablesCountAsUnset() {
        assertThat(DataDirectory.resolve(null, Map.of(), HOME)).isEqualTo(Path.of("/home/ada/.local/share/breathpace"));
        assertThat(DataDirectory.resolve(null, Map.of("BREATHPACE_HOME", " ", "XDG_DATA_HOME", ""), HOME))
                .isEqualTo(Path.of("/home/ada/.local/share/breathpace"));
    }
}
