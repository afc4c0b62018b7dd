package org.breathpace.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills a real child JVM that is recording a session with SIGKILL ({@code destroyForcibly} on
 * Linux), at different moments, then reopens the history and checks what survived.
 */
class KilledMidSessionTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "killed once {0} samples were confirmed saved")
    @ValueSource(ints = {10, 250, 700})
    void completedSessionsSurviveIntactAndTheCutOneIsKeptAndMarked(int killAfter) throws Exception {
        int completed = 2;
        Process child = new ProcessBuilder(javaCommand(), "-cp", classPath(), RecordingChild.class.getName(),
                dir.toString(), Integer.toString(completed)).redirectErrorStream(true).start();
        int confirmed = 0;
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("SAVED ")) {
                    confirmed = Math.max(confirmed, Integer.parseInt(line.substring(6)));
                    if (confirmed >= killAfter) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(confirmed).as("child output: %s", lines).isGreaterThanOrEqualTo(killAfter);
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        try (HistoryStore store = HistoryStore.open(dir, StoreOptions.defaults())) {
            assertThat(store.notices()).singleElement().asString().contains("1 session cut short");
            for (int n = 0; n < completed; n++) {
                assertThat(store.session(Sessions.id(n))).isEqualTo(RecordingChild.expected(n));
            }
            SessionRecord cut = store.session(Sessions.id(completed));
            assertThat(cut.summary().outcome()).isEqualTo(SessionOutcome.INTERRUPTED);
            assertThat(cut.summary().restingRate()).isEqualTo(12.0);
            List<RateSample> samples = cut.samples();
            assertThat(samples.size()).isGreaterThanOrEqualTo(confirmed);
            for (int i = 0; i < samples.size(); i++) {
                assertThat(samples.get(i)).isEqualTo(new RateSample(i * 0.5, 6 + (i % 20) * 0.25));
            }
            assertThat(cut.exercises()).hasSize(samples.size() / 60);
            double last = samples.get(samples.size() - 1).offsetS();
            assertThat(cut.summary().duration().toMillis()).isEqualTo(Math.round(last * 1000));
            assertThat(store.sessions()).hasSize(completed + 1);
        }
        try (HistoryStore again = HistoryStore.open(dir, StoreOptions.defaults())) {
            assertThat(again.notices()).isEmpty();
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The class path of a child JVM that runs history code and {@code extra} classes' jars or folders. */
    static String classPath(Class<?>... extra) throws Exception {
        List<Class<?>> classes = new ArrayList<>(List.of(RecordingChild.class, HistoryStore.class, org.sqlite.JDBC.class));
        classes.addAll(List.of(extra));
        List<String> parts = new ArrayList<>();
        for (Class<?> c : classes) {
            parts.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, parts);
    }
}
