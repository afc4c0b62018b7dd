package org.breathpace.history;

import java.util.List;

/**
 * Everything a session leaves: its summary, the breath rate over time (in offset order), each
 * exercise in the order done, and every pain report.
 */
public record SessionRecord(SessionSummary summary, List<RateSample> samples, List<ExerciseResult> exercises,
                            List<PainReport> pains) {
    public SessionRecord {
        Checks.present("summary", summary);
        samples = List.copyOf(Checks.present("samples", samples));
        exercises = List.copyOf(Checks.present("exercises", exercises));
        pains = List.copyOf(Checks.present("pains", pains));
        double last = -1;
        for (RateSample s : samples) {
            if (s.offsetS() < last) {
                throw new IllegalArgumentException("samples must be in time order: " + s.offsetS() + " after " + last);
            }
            last = s.offsetS();
        }
    }
}
