package org.breathpace.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.breathpace.history.ExerciseResult;
import org.breathpace.history.HistoryStore;
import org.breathpace.history.PainChoice;
import org.breathpace.history.PainReport;
import org.breathpace.history.RateSample;
import org.breathpace.history.SessionOutcome;
import org.breathpace.history.SessionRecord;
import org.breathpace.history.SessionSummary;
import org.breathpace.history.StoreOptions;
import org.breathpace.history.TrendView;
import org.breathpace.history.Trends;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code breathpace history bench --data-dir DIR}: writes a synthetic history of daily sessions
 * with their breath samples into an empty folder, then measures the store's size, the time to
 * open it and the time to build the trend view. Hidden: it is for developers.
 */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = "Measures the history store on years of synthetic daily sessions.")
final class HistoryBenchCommand extends HistorySubcommand {

    @Option(names = "--sessions", defaultValue = "3650", description = "Daily sessions to write (default ${DEFAULT-VALUE}).")
    int sessions;

    @Option(names = "--minutes", defaultValue = "12", description = "Typical session length (default ${DEFAULT-VALUE}).")
    double minutes;

    @Option(names = "--every", defaultValue = "5", description = "Seconds between rate samples (default ${DEFAULT-VALUE}).")
    double every;

    @Option(names = "--repeat", defaultValue = "7", description = "Timed repeats; the median is shown (default ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    Integer run() throws IOException {
        if (sessions < 1 || sessions > 100_000 || repeat < 1 || !(every >= 1) || !(minutes >= 1 && minutes <= 120)) {
            throw new UserError("history bench needs --sessions 1–100000, --repeat ≥ 1, --every ≥ 1 s, --minutes 1–120.");
        }
        if (dataDir == null && parent.dataDir == null) {
            throw new UserError("history bench writes a synthetic history: give it an empty folder with --data-dir.");
        }
        Path dir = folder();
        if (Files.exists(dir.resolve(HistoryStore.FILE_NAME))) {
            throw new UserError(dir + " already holds a history; history bench needs an empty folder.");
        }
        var o = out();
        LocalDate lastDay = LocalDate.now(ZoneOffset.UTC);
        List<SessionRecord> all = synthetic(sessions, minutes, every, lastDay.minusDays(sessions - 1L));
        long samples = all.stream().mapToLong(r -> r.samples().size()).sum();
        long t0 = System.nanoTime();
        try (HistoryStore store = HistoryStore.open(dir, StoreOptions.defaults())) {
            for (int i = 0; i < all.size(); i += 365) {
                await(store.add(all.subList(i, Math.min(all.size(), i + 365))));
            }
        }
        double writeS = (System.nanoTime() - t0) / 1e9;
        long bytes = 0;
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                bytes += Files.size(p);
            }
        }
        o.printf(Locale.ROOT, "wrote %d sessions, %d rate samples, in %.2f s; store size %.1f MB (%s)%n", all.size(),
                samples, writeS, bytes / 1e6, dir.resolve(HistoryStore.FILE_NAME));

        ZoneId zone = ZoneOffset.UTC;
        LocalDate today = all.get(all.size() - 1).summary().start().atZone(zone).toLocalDate();
        double[] open = new double[repeat];
        double[] list = new double[repeat];
        double[] trend = new double[repeat];
        double[] view = new double[repeat];
        double[] show = new double[repeat];
        double[] viewCpu = new double[repeat];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        TrendView last = null;
        for (int i = 0; i < repeat; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long a = System.nanoTime();
            try (HistoryStore store = HistoryStore.open(dir, StoreOptions.defaults())) {
                long b = System.nanoTime();
                List<SessionSummary> summaries = store.sessions();
                long c = System.nanoTime();
                last = Trends.compute(summaries, zone, today, 10, 8);
                long d = System.nanoTime();
                viewCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
                store.session(summaries.get(summaries.size() / 2).id());
                long e = System.nanoTime();
                open[i] = (b - a) / 1e6;
                list[i] = (c - b) / 1e6;
                trend[i] = (d - c) / 1e6;
                view[i] = (d - a) / 1e6;
                show[i] = (e - d) / 1e6;
            }
        }
        o.printf(Locale.ROOT, "open the store (checks, migrations, recovery): first %.1f ms, median %.1f ms%n", open[0],
                median(open));
        o.printf(Locale.ROOT, "read %d session summaries: first %.1f ms, median %.1f ms%n", sessions, list[0],
                median(list));
        o.printf(Locale.ROOT, "compute the trend view: first %.1f ms, median %.1f ms%n", trend[0], median(trend));
        o.printf(Locale.ROOT, "history view (open + summaries + trend): first %.1f ms, median %.1f ms%n", view[0],
                median(view));
        o.printf(Locale.ROOT, "history view, CPU time of the calling thread: first %.1f ms, median %.1f ms%n",
                viewCpu[0], median(viewCpu));
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        o.printf(Locale.ROOT, "(system load average %.1f on %d processors while measuring)%n", load,
                Runtime.getRuntime().availableProcessors());
        o.printf(Locale.ROOT, "one session in full (%.0f samples): median %.1f ms%n", minutes * 60 / every, median(show));
        o.printf(Locale.ROOT, "trend check: %d sessions, streak %d days, slope %.3f breaths/min per session%n",
                last.sessions(), last.currentStreakDays(), last.slopePerSession());
        return 0;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /**
     * Daily sessions from {@code firstDay} (between 07:30 and 08:30 UTC), resting rate easing from about
     * 14 to 9 breaths/min, samples every {@code every} s; the same for the same arguments.
     */
    static List<SessionRecord> synthetic(int n, double minutes, double every, LocalDate firstDay) {
        Random random = new Random(42);
        Instant first = firstDay.atTime(7, 30).toInstant(ZoneOffset.UTC);
        List<SessionRecord> out = new ArrayList<>(n);
        String[] names = {"Cat-cow", "Thread the needle", "Open book", "Side bend", "Wall extension"};
        for (int i = 0; i < n; i++) {
            double length = Math.max(2, minutes + random.nextGaussian() * 2);
            Instant start = first.plus(Duration.ofDays(i)).plusSeconds(random.nextInt(3600));
            double resting = Math.max(5, 14 - 5.0 * i / n + random.nextGaussian() * 0.8);
            List<RateSample> samples = new ArrayList<>();
            for (double t = 0; t < length * 60; t += every) {
                samples.add(new RateSample(t, Math.max(3, resting - (resting - 6) * Math.min(1, t / 240)
                        + random.nextGaussian() * 0.4)));
            }
            List<ExerciseResult> exercises = new ArrayList<>();
            for (String name : names) {
                boolean skipped = random.nextInt(20) == 0;
                exercises.add(new ExerciseResult(name, 90, skipped ? 20 : 90, 2, skipped ? 1 : 2, skipped,
                        random.nextInt(10) == 0));
            }
            List<PainReport> pains = random.nextInt(15) == 0 ? List.of(new PainReport("Open book", "left",
                    length * 30, PainChoice.EASE, "tight between the shoulder blades")) : List.of();
            SessionSummary s = new SessionSummary(new UUID(random.nextLong(), random.nextLong()), start,
                    start.plusMillis(Math.round(length * 60_000)), "mid-back mobility", "diaphragmatic", resting,
                    6 + Math.abs(random.nextGaussian() * 0.5), Math.min(length * 60, 120 + random.nextInt(180)),
                    0.6 + 0.4 * random.nextDouble(),
                    random.nextInt(25) == 0 ? SessionOutcome.INTERRUPTED : SessionOutcome.COMPLETED);
            out.add(new SessionRecord(s, samples, exercises, pains));
        }
        return out;
    }
}
