package org.breathpace.audio;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real capture device for tests: a private PulseAudio daemon (user mode, its own runtime
 * directory) with a null sink whose monitor is the default source. Whatever {@link #play}
 * plays into the sink arrives, in real time, at Java Sound's default {@code TargetDataLine} of a
 * JVM started with {@link #environment()} (Debian's libasound2-plugins route ALSA's default
 * device to PulseAudio when a server is reachable).
 *
 * <p>Test code. Start with {@link #start}; {@link #close} stops the daemon and removes nothing
 * but its own temporary directory's socket.
 */
public final class VirtualMicrophone implements AutoCloseable {
    private final Path dir;
    private final Process daemon;
    private final Map<String, String> env;

    private VirtualMicrophone(Path dir, Process daemon, Map<String, String> env) {
        this.dir = dir;
        this.daemon = daemon;
        this.env = env;
    }

    /** Whether the {@code pulseaudio} and {@code paplay} programs are on the PATH. */
    public static boolean installed() {
        return onPath("pulseaudio") && onPath("paplay") && onPath("pactl");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts a daemon in {@code dir} and waits until it answers (at most 10 s).
     *
     * @throws IOException when it does not start; the message holds the daemon's log
     */
    public static VirtualMicrophone start(Path dir) throws IOException, InterruptedException {
        Path run = Files.createDirectories(dir.resolve("run"));
        run.toFile().setReadable(false, false);
        run.toFile().setReadable(true, true);
        Path config = dir.resolve("default.pa");
        Path socket = run.resolve("pulse").resolve("native");
        Files.createDirectories(socket.getParent());
        Files.writeString(config, String.join("\n",
                "load-module module-native-protocol-unix auth-anonymous=1 socket=" + socket,
                "load-module module-null-sink sink_name=breathpace_mic rate=44100"
                        + " sink_properties=device.description=breathpace-virtual-microphone",
                "set-default-sink breathpace_mic",
                "set-default-source breathpace_mic.monitor", ""));
        Map<String, String> env = Map.of("XDG_RUNTIME_DIR", run.toString(), "HOME", dir.toString(),
                "PULSE_SERVER", "unix:" + socket, "PULSE_RUNTIME_PATH", socket.getParent().toString());
        List<String> cmd = List.of("pulseaudio", "-n", "-F", config.toString(), "--daemonize=no",
                "--exit-idle-time=-1", "--system=false", "--disallow-exit", "--use-pid-file=no",
                "--disable-shm=yes", "--log-target=stderr");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("pulseaudio.log").toFile());
        pb.environment().putAll(env);
        Process daemon = pb.start();
        VirtualMicrophone mic = new VirtualMicrophone(dir, daemon, env);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!daemon.isAlive()) {
                break;
            }
            if (mic.run("pactl", "info") == 0) {
                return mic;
            }
            Thread.sleep(100);
        }
        mic.close();
        throw new IOException("PulseAudio did not start: " + Files.readString(dir.resolve("pulseaudio.log")));
    }

    /** Environment a child process needs to reach this daemon. */
    public Map<String, String> environment() {
        return env;
    }

    /** Starts playing {@code wav} into the virtual microphone; the process ends when it has played. */
    public Process play(Path wav) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("paplay", wav.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("paplay.log").toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    private int run(String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(cmd))).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    @Override
    public void close() {
        daemon.destroy();
        try {
            if (!daemon.waitFor(5, TimeUnit.SECONDS)) {
                daemon.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            daemon.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
