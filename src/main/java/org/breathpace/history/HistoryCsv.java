package org.breathpace.history;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CSV export: one row per session, RFC 4180 (comma separated, CRLF line ends, a field with
 * a comma, quote or line break in double quotes with quotes doubled), local times written as
 * {@code 2026-03-01 09:00:00} so a spreadsheet reads them as dates, decimal points as dots.
 */
public final class HistoryCsv {
    /** The header row's columns. */
    public static final List<String> COLUMNS = List.of("id", "start", "end", "minutes", "routine", "pattern",
            "outcome", "resting_bpm", "closing_bpm", "time_at_target_s", "adherence", "exercises_done",
            "exercises_skipped", "exercises_eased", "pain_reports", "pain_notes");

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private HistoryCsv() {
    }

    /** Writes the header and one row per session, times in {@code zone}. */
    public static void write(Iterable<SessionRecord> sessions, ZoneId zone, Appendable out) throws IOException {
        row(out, COLUMNS);
        for (SessionRecord r : sessions) {
            SessionSummary s = r.summary();
            int done = 0;
            int skipped = 0;
            int eased = 0;
            for (ExerciseResult e : r.exercises()) {
                done += e.skipped() ? 0 : 1;
                skipped += e.skipped() ? 1 : 0;
                eased += e.eased() ? 1 : 0;
            }
            List<String> notes = new ArrayList<>();
            for (PainReport p : r.pains()) {
                notes.add(p.exercise() + (p.side() == null ? "" : " (" + p.side() + ")") + ", " + p.choice().word()
                        + (p.note().isEmpty() ? "" : ": " + p.note()));
            }
            row(out, List.of(s.id().toString(), LOCAL.format(s.start().atZone(zone)),
                    LOCAL.format(s.end().atZone(zone)), num(s.duration().toMillis() / 60_000.0),
                    s.routine(), s.pattern(), s.outcome().word(), num(s.restingRate()), num(s.closingRate()),
                    num(s.timeAtTargetS()), num(s.adherence()), Integer.toString(done), Integer.toString(skipped),
                    Integer.toString(eased), Integer.toString(r.pains().size()), String.join("; ", notes)));
        }
    }

    /** One RFC 4180 field. */
    static String field(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    private static void row(Appendable out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    private static String num(Double v) {
        if (v == null) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
