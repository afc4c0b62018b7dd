package org.breathpace.history;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Sorts SQLite failures into the few a person can do something about, with a sentence for each. */
final class Faults {
    enum Kind { LOCKED, FULL, READ_ONLY, CORRUPT, OTHER }

    private Faults() {
    }

    static Kind kind(SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            int primary = code.code & 0xff;
            switch (primary) {
                case 5, 6: return Kind.LOCKED;               // SQLITE_BUSY, SQLITE_LOCKED
                case 13: return Kind.FULL;                   // SQLITE_FULL
                case 8, 14, 3: return Kind.READ_ONLY;        // SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM
                case 11, 26: return Kind.CORRUPT;            // SQLITE_CORRUPT, SQLITE_NOTADB
                case 10:                                     // SQLITE_IOERR: a full disk shows up here too
                    return e.getMessage() != null && e.getMessage().contains("No space") ? Kind.FULL : Kind.OTHER;
                default: return Kind.OTHER;
            }
        }
        return Kind.OTHER;
    }

    /** One sentence: what went wrong with saving to {@code file}, and what happens now. */
    static String savingProblem(SQLException e, Path file) {
        return switch (kind(e)) {
            case LOCKED -> "The history database " + file + " is locked by another program (is a second breathpace"
                    + " open?); this session is kept in memory and saved as soon as it is free.";
            case FULL -> "The disk holding " + file + " is full; this session is kept in memory and saved once"
                    + " some space is freed.";
            case READ_ONLY -> "The history database " + file + " cannot be written (read-only folder or file);"
                    + " this session is kept in memory only: make the folder writable or choose another with --data-dir.";
            case CORRUPT -> "The history database " + file + " is damaged; this session is kept in memory; restart"
                    + " breathpace to move the damaged file aside and start a new one.";
            case OTHER -> "Saving to " + file + " failed (" + e.getMessage() + "); this session is kept in memory and"
                    + " the save is retried.";
        };
    }
}
