package org.breathpace.history;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Another program holding the history's write lock: run by {@link StoreFaultsTest} in its own
 * JVM; takes the lock on {@code args[0]}, prints "LOCKED", and lets go when a line arrives on stdin.
 */
public final class LockHolderChild {
    private LockHolderChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]); Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("UPDATE sessions SET routine = routine WHERE 0");
            System.out.println("LOCKED");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            s.execute("ROLLBACK");
            System.out.println("RELEASED");
        }
    }
}
