package org.breathpace.history;

import java.time.Instant;
import java.util.UUID;

/** What is known when a session begins: its identity, when, and which routine and pattern. */
public record SessionStart(UUID id, Instant start, String routine, String pattern) {
    public SessionStart {
        Checks.present("id", id);
        start = Checks.present("start", start).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Checks.text("routine", routine, 200);
        Checks.text("pattern", pattern, 200);
    }
}
