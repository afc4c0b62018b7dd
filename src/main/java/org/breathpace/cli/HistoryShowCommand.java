package org.breathpace.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.breathpace.history.ExerciseResult;
import org.breathpace.history.HistoryException;
import org.breathpace.history.HistoryStore;
import org.breathpace.history.PainReport;
import org.breathpace.history.RateSample;
import org.breathpace.history.SessionRecord;
import org.breathpace.history.SessionSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code breathpace history show ID}: one session in full. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one saved session in full.")
final class HistoryShowCommand extends HistorySubcommand {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

    @Parameters(paramLabel = "ID", description = "The session's id (its first 8 characters are enough).")
    String id;

    @Override
    Integer run() {
        try (HistoryStore store = open()) {
            SessionRecord r;
            try {
                r = store.session(store.find(id));
            } catch (HistoryException e) {
                throw new UserError(e.getMessage());
            }
            SessionSummary s = r.summary();
            ZoneId zone = ZoneId.systemDefault();
            var o = out();
            o.println("Session " + s.id());
            o.println("  when:        " + WHEN.format(s.start().atZone(zone)) + ", " + minutes(s.duration()) + " min, "
                    + s.outcome().word());
            o.println("  routine:     " + s.routine() + ", breathing pattern " + s.pattern());
            o.println("  breath rate: resting " + rate(s.restingRate()) + ", closing " + rate(s.closingRate())
                    + " breaths/min; " + clock(s.timeAtTargetS()) + " at the target rate; adherence "
                    + percent(s.adherence()));
            if (!r.samples().isEmpty()) {
                double lo = Double.MAX_VALUE;
                double hi = 0;
                for (RateSample x : r.samples()) {
                    lo = Math.min(lo, x.breathsPerMin());
                    hi = Math.max(hi, x.breathsPerMin());
                }
                o.printf(Locale.ROOT, "  over time:   %d samples, from %.1f to %.1f breaths/min (lowest %.1f,"
                        + " highest %.1f)%n", r.samples().size(), r.samples().get(0).breathsPerMin(),
                        r.samples().get(r.samples().size() - 1).breathsPerMin(), lo, hi);
                StringBuilder perMinute = new StringBuilder("  per minute: ");
                int minute = 0;
                double sum = 0;
                int n = 0;
                for (RateSample x : r.samples()) {
                    while (x.offsetS() >= (minute + 1) * 60.0) {
                        perMinute.append(n == 0 ? " -" : String.format(Locale.ROOT, " %.1f", sum / n));
                        minute++;
                        sum = 0;
                        n = 0;
                    }
                    sum += x.breathsPerMin();
                    n++;
                }
                perMinute.append(String.format(Locale.ROOT, " %.1f", sum / n));
                o.println(perMinute);
            }
            if (!r.exercises().isEmpty()) {
                o.println("  exercises:");
                for (ExerciseResult e : r.exercises()) {
                    o.printf(Locale.ROOT, "    %-28s %s of %s%s%s%s%n", e.exercise(), clock(e.doneS()), clock(e.plannedS()),
                            e.sidesPlanned() == 2 ? ", " + e.sidesDone() + " of 2 sides" : "",
                            e.skipped() ? ", skipped" : "", e.eased() ? ", eased off" : "");
                }
            }
            if (!r.pains().isEmpty()) {
                o.println("  pain reports:");
                for (PainReport p : r.pains()) {
                    o.printf(Locale.ROOT, "    at %s, %s%s: chose to %s%s%n", clock(p.atS()), p.exercise(),
                            p.side() == null ? "" : " (" + p.side() + ")", p.choice().word(),
                            p.note().isEmpty() ? "" : " - \"" + p.note().replace("\n", " ") + "\"");
                }
            }
            return 0;
        }
    }
}
