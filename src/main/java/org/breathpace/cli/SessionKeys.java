package org.breathpace.cli;

import java.util.Locale;
import org.breathpace.routine.PainChoice;
import org.breathpace.routine.Session;

/**
 * What a line typed during {@code session} does: {@code p} pause or resume, {@code s} skip,
 * {@code b} back, {@code h} [note] pain (then {@code e} ease, {@code s} skip, {@code q} end),
 * {@code q} end. Returns a sentence to show, or null when there is nothing to say.
 */
final class SessionKeys {
    static final String HELP = "Keys (then Enter): p pause/resume · s skip · b back · h pain [a note] · q end";
    static final String PAIN_HELP = "After pain: e ease (shorter, gentler) · s skip this exercise · q end the session";

    private SessionKeys() {
    }

    static String apply(String line, Session s, double nowS) {
        String text = line.strip();
        if (text.isEmpty()) {
            return null;
        }
        String key = text.substring(0, 1).toLowerCase(Locale.ROOT);
        String rest = text.length() > 1 ? text.substring(1).strip() : "";
        if (s.status() == Session.Status.PAIN) {
            return switch (key) {
                case "e" -> s.painChoice(nowS, PainChoice.EASE) ? null : PAIN_HELP;
                case "s", "k" -> s.painChoice(nowS, PainChoice.SKIP) ? null : PAIN_HELP;
                case "q" -> s.painChoice(nowS, PainChoice.END) ? null : PAIN_HELP;
                default -> PAIN_HELP;
            };
        }
        return switch (key) {
            case "p", " " -> s.status() == Session.Status.PAUSED ? ok(s.resume(nowS)) : ok(s.pause(nowS));
            case "s" -> ok(s.skip(nowS));
            case "b" -> ok(s.back(nowS));
            case "h", "!" -> s.reportPain(nowS, rest) ? PAIN_HELP : null;
            case "q" -> {
                s.end(nowS);
                yield null;
            }
            default -> HELP;
        };
    }

    private static String ok(boolean done) {
        return done ? null : "Not now: the session is not running.";
    }
}
