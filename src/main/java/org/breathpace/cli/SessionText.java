package org.breathpace.cli;

import java.util.Locale;
import java.util.stream.Collectors;
import org.breathpace.pacing.AdherenceSummary;
import org.breathpace.pacing.CycleAdherence;
import org.breathpace.pacing.PacerPhase;
import org.breathpace.routine.Exercise;
import org.breathpace.routine.ExerciseResult;
import org.breathpace.routine.Movement;
import org.breathpace.routine.PainReport;
import org.breathpace.routine.SessionEvent;
import org.breathpace.routine.SessionReport;
import org.breathpace.routine.SessionView;
import org.breathpace.routine.StepKind;

/** The text of {@code session --format text}: a line per event worth reading, and a live line for terminals. */
final class SessionText {
    private final boolean pacerLines;

    /** @param pacerLines print each pacer phase as a line (when there is no live line to show it) */
    SessionText(boolean pacerLines) {
        this.pacerLines = pacerLines;
    }

    /** The lines for an event (with a trailing newline), or "" when it has none. */
    String lines(SessionEvent event) {
        String t = clock(event.atS());
        if (event instanceof SessionEvent.Started e) {
            return String.format(Locale.ROOT, "breathpace session: %s, about %s, %s breathing%s%n", e.routine(),
                    minutes(e.plannedS()), e.pattern(),
                    e.breathDetection() ? "" : " (no breath detection: a timed pacer, adherence unknown)");
        }
        if (event instanceof SessionEvent.StepStarted e) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%n[%d/%d] %s (%s)", e.index() + 1, e.steps(), e.step().name(), minutes(e.step().plannedS())));
            Exercise x = e.step().exercise();
            if (x != null) {
                b.append(" · restores ").append(x.movements().stream().map(Movement::words).collect(Collectors.joining(" and ")));
            }
            b.append(e.next() == null ? "" : " · next: " + e.next()).append(System.lineSeparator());
            if (e.note() != null) {
                b.append("      ").append(e.note()).append(System.lineSeparator());
            }
            if (x != null) {
                String dose = x.counted() ? x.reps() + " reps" : x.seconds() + " s";
                b.append("      ").append(dose).append(x.sides() == 2 ? " each side" : "")
                        .append(x.breathLed() ? ", one rep on each exhale (on the clock while no breath is heard)" : "")
                        .append(x.restS() > 0 ? ", then " + x.restS() + " s rest" : "").append(System.lineSeparator());
                b.append(wrap(x.instructions()));
                b.append(wrap("Breathing: " + x.breathingCue()));
            }
            return b.toString();
        }
        if (event instanceof SessionEvent.RateChecked e) {
            return line(t, e.message());
        }
        if (event instanceof SessionEvent.PacerChanged e) {
            if (!pacerLines) {
                return "";
            }
            String rate = e.phase() == PacerPhase.INHALE
                    ? String.format(Locale.ROOT, "   pace %.1f/min%s", e.breathsPerMin(), e.following() ? "" : " (waiting for you to follow)")
                    : "";
            return line(t, String.format(Locale.ROOT, "%-12s %4.1f s%s", e.phase().words(), e.phaseS(), rate));
        }
        if (event instanceof SessionEvent.AdherenceJudged e) {
            CycleAdherence c = e.cycle();
            if (!c.heard()) {
                return "";
            }
            String you = c.detectedBpm() == null ? "" : String.format(Locale.ROOT, " · you %.1f/min", c.detectedBpm());
            return line(t, String.format(Locale.ROOT, "breath %d: %s%s · adherence %s · %s", c.cycle().index() + 1,
                    c.aligned() ? "in time" : "off the pacer", you, score(e.block()), c.cue().words()));
        }
        if (event instanceof SessionEvent.SideStarted e) {
            return e.sides() == 2 ? line(t, e.side() == 1 ? "First side: go." : "Second side: go.") : line(t, "Go.");
        }
        if (event instanceof SessionEvent.SidesSwitching e) {
            return line(t, String.format(Locale.ROOT, "Change sides (%.0f s).", e.seconds()));
        }
        if (event instanceof SessionEvent.RepDone e) {
            return line(t, String.format(Locale.ROOT, "rep %d of %d%s", e.rep(), e.reps(), e.byBreath() ? " (on your exhale)" : ""));
        }
        if (event instanceof SessionEvent.RestStarted e) {
            return line(t, String.format(Locale.ROOT, "Rest %.0f s%s", e.seconds(), e.next() == null ? "" : " · next: " + e.next()));
        }
        if (event instanceof SessionEvent.BreathReminder e) {
            return line(t, e.message());
        }
        if (event instanceof SessionEvent.Paused e) {
            return line(t, e.reason().equals("pain") ? "Paused for pain." : "Paused: p to carry on.");
        }
        if (event instanceof SessionEvent.Resumed) {
            return line(t, "Carrying on.");
        }
        if (event instanceof SessionEvent.PainReported e) {
            return line(t, "Stop if you feel any of: " + String.join(", ", e.redFlags()) + ".") + line(t, e.advice());
        }
        if (event instanceof SessionEvent.PainHandled e) {
            return line(t, e.message());
        }
        if (event instanceof SessionEvent.StepSkipped e) {
            return line(t, "Skipped " + e.stepId() + ".");
        }
        if (event instanceof SessionEvent.WentBack e) {
            return line(t, "Back to " + e.toId() + ".");
        }
        if (event instanceof SessionEvent.ExerciseFinished e) {
            ExerciseResult r = e.result();
            return line(t, String.format(Locale.ROOT, "%s %s: %s of %s%s.", r.skipped() ? "Skipped" : "Done", r.name(),
                    clock(r.doneS()), clock(r.plannedS()), r.eased() ? ", eased" : ""));
        }
        if (event instanceof SessionEvent.Ended e) {
            return summary(e.report());
        }
        return "";
    }

    static String summary(SessionReport s) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%nSummary: %s, %s%n", clock(s.durationS()),
                s.completed() ? "completed" : "ended early"));
        b.append(String.format(Locale.ROOT, "  breath rate: %s at rest → %s at the end (target %.1f); %s at the target%n",
                bpm(s.restingBpm()), bpm(s.closingBpm()), s.targetBpm(), clock(s.timeAtTargetS())));
        AdherenceSummary a = s.adherence();
        b.append("  following the pacer: ").append(a.known()
                ? String.format(Locale.ROOT, "%s (%d of %d breaths heard in time%s)", score(a), a.alignedCycles(), a.heardCycles(),
                        Double.isNaN(a.meanRateDeviation()) ? "" : String.format(Locale.ROOT, ", %+.1f/min against the pace", a.meanRateDeviation()))
                : "unknown (no breath heard)").append(System.lineSeparator());
        for (ExerciseResult r : s.exercises()) {
            b.append(String.format(Locale.ROOT, "  %-38s %s%n", r.name(), r.skipped() ? "skipped"
                    : clock(r.doneS()) + " of " + clock(r.plannedS()) + (r.eased() ? ", eased" : "")));
        }
        for (PainReport p : s.pains()) {
            b.append(String.format(Locale.ROOT, "  pain at %s in %s%s%s → %s%n", clock(p.atS()), p.stepId(),
                    p.side() > 0 ? " (side " + p.side() + ")" : "", p.note().isEmpty() ? "" : ": " + p.note(),
                    p.choice() == null ? "ended" : p.choice().id()));
        }
        return b.toString();
    }

    /** The live line for a terminal (no newline; starts with a carriage return and clears to the end). */
    static String live(SessionView v) {
        if (v.step() == null) {
            return "";
        }
        StringBuilder b = new StringBuilder("\r ");
        if (v.status() != org.breathpace.routine.Session.Status.RUNNING) {
            b.append("[").append(v.status().name().toLowerCase(Locale.ROOT)).append("] ");
        }
        if (v.pacer() != null) {
            int w = 20;
            int full = (int) Math.round(v.pacer().fullness() * w);
            b.append("[").append("#".repeat(full)).append(" ".repeat(w - full)).append("] ")
                    .append(String.format(Locale.ROOT, "%-11s %3.0f s  pace %.1f/min", v.pacer().phase().words(),
                            Math.ceil(v.pacer().secondsLeft()), v.pacer().breathsPerMin()));
        } else if (v.step().kind() == StepKind.EXERCISE) {
            b.append(v.step().name());
            if (v.sides() == 2) {
                b.append(" · side ").append(v.side());
            }
            b.append(" · ").append(v.stage());
            if (v.reps() > 0 && "work".equals(v.stage())) {
                b.append(String.format(Locale.ROOT, " · rep %d/%d", v.rep(), v.reps()));
            }
            b.append(String.format(Locale.ROOT, " · %.0f s", Math.ceil(v.stageLeftS())));
        } else {
            b.append(v.step().name()).append(String.format(Locale.ROOT, " · %.0f s", Math.ceil(v.stepLeftS())));
        }
        b.append(" · you ").append(v.breathsPerMin() == null ? "–" : String.format(Locale.ROOT, "%.1f/min", v.breathsPerMin()));
        if (v.next() != null) {
            b.append(" · next: ").append(v.next());
        }
        return b.append("\u001b[K").toString();
    }

    /** Indents and wraps text at about 96 columns. */
    static String wrap(String text) {
        StringBuilder b = new StringBuilder();
        StringBuilder line = new StringBuilder("     ");
        for (String word : text.split("\\s+")) {
            if (line.length() + 1 + word.length() > 96) {
                b.append(line).append(System.lineSeparator());
                line = new StringBuilder("     ");
            }
            line.append(' ').append(word);
        }
        return b.append(line).append(System.lineSeparator()).toString();
    }

    private static String line(String clock, String text) {
        return "  " + clock + "  " + text + System.lineSeparator();
    }

    private static String score(AdherenceSummary a) {
        return a.score().isPresent() ? String.format(Locale.ROOT, "%.0f %%", a.score().getAsDouble()) : "unknown";
    }

    private static String bpm(Double v) {
        return v == null ? "not heard" : String.format(Locale.ROOT, "%.1f/min", v);
    }

    static String clock(double s) {
        long whole = Math.round(Math.max(0, s));
        return String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
    }

    private static String minutes(double s) {
        return s >= 90 ? String.format(Locale.ROOT, "%.0f min", s / 60) : String.format(Locale.ROOT, "%.0f s", s);
    }
}
