package org.breathpace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.breathpace.history.ExerciseResult;
import org.breathpace.history.HistoryStore;
import org.breathpace.history.PainChoice;
import org.breathpace.history.PainReport;
import org.breathpace.history.RateSample;
import org.breathpace.history.SessionOutcome;
import org.breathpace.history.SessionRecord;
import org.breathpace.history.SessionSummary;
import org.breathpace.history.StoreOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code breathpace history ...} run through the real command line against real history files. */
class HistoryCommandTest {
    static final UUID A = UUID.fromString("a1b2c3d4-0000-4000-8000-000000000001");
    static final UUID B = UUID.fromString("b1b2c3d4-0000-4000-8000-000000000002");
    static final String NOTE = "sharp, then \"fine\"\nafter easing";

    @TempDir
    Path tmp;
    Path data;

    static SessionRecord record(UUID id, String start, Double resting, boolean withPain) {
        Instant t = Instant.parse(start);
        List<RateSample> samples = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            samples.add(new RateSample(i * 5.0, 12 - i * 0.05));
        }
        return new SessionRecord(new SessionSummary(id, t, t.plusSeconds(600), "mid-back", "diaphragmatic", resting,
                resting == null ? null : 6.5, 180, 0.8, SessionOutcome.COMPLETED), samples,
                List.of(new ExerciseResult("Cat-cow", 60, 60, 1, 1, false, false),
                        new ExerciseResult("Open book", 90, 30, 2, 1, true, true)),
                withPain ? List.of(new PainReport("Open book", "left", 400, PainChoice.SKIP, NOTE)) : List.of());
    }

    @BeforeEach
    void seed() throws Exception {
        data = tmp.resolve("data");
        try (HistoryStore store = HistoryStore.open(data, StoreOptions.defaults())) {
            store.add(List.of(record(A, "2026-03-01T08:00:00Z", 12.5, true), record(B, "2026-03-02T08:00:00Z", 11.0,
                    false))).get(10, TimeUnit.SECONDS);
        }
    }

    private CliRun history(String... args) {
        List<String> all = new ArrayList<>(List.of("history"));
        all.addAll(List.of(args));
        all.add("--data-dir");
        all.add(data.toString());
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void listShowsOneLinePerSessionWithAShortId() {
        CliRun run = history("list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("a1b2c3d4").contains("10.0").contains("12.5").contains("6.5")
                .contains("3:00").contains("80%").endsWith("completed");
        assertThat(lines.get(3)).startsWith("2 sessions");
        // The folder can also be given before the subcommand.
        assertThat(CliRun.of("history", "--data-dir", data.toString(), "list").out()).isEqualTo(run.out());
    }

    @Test
    void listCanShowOnlyTheLastSessions() {
        CliRun run = history("list", "--last", "1");
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("b1b2c3d4");
        assertThat(lines.get(2)).startsWith("last 1 of 2 sessions");
        assertThat(history("list", "--last", "5").out()).contains("\n2 sessions (");
        assertThat(history("list", "--last", "0").err()).isEqualTo("--last must be 1 or more, not 0.\n");
    }

    @Test
    void anEmptyHistorySaysSo() {
        CliRun run = CliRun.of("history", "list", "--data-dir", tmp.resolve("new").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("No sessions saved yet in ");
    }

    @Test
    void showGivesOneSessionInFull() {
        CliRun run = history("show", "a1b2c3d4");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Session " + A).contains("resting 12.5, closing 6.5 breaths/min")
                .contains("120 samples, from 12.0 to 6.1").contains("Open book").contains("1 of 2 sides, skipped, eased off")
                .contains("chose to skip - \"sharp, then \"fine\" after easing\"");
    }

    @Test
    void anUnknownOrAmbiguousIdIsOneSentenceAndNonZero() {
        CliRun unknown = history("show", "ffff0000");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err().lines().toList()).containsExactly(
                "No saved session has the id 'ffff0000'; 'history list' shows the ids.");
        CliRun tooShort = history("delete", "a1");
        assertThat(tooShort.exitCode()).isEqualTo(2);
        assertThat(tooShort.err()).contains("at least the first 4 characters");
        assertThat(history("list").out()).contains("2 sessions");
    }

    @Test
    void trendShowsStreakRatesAndWeeks() {
        CliRun run = history("trend", "--weeks", "2");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("2 sessions, 2 completed.").contains("Resting rate: typical 11.8, best 11.0")
                .contains("Minutes per week:").contains("not enough resting rates");
        assertThat(history("trend", "--weeks", "0").err()).contains("--weeks 1–520");
    }

    @Test
    void csvIsRfc4180AndReadsBackFieldForField() throws Exception {
        CliRun run = history("export", "--format", "csv");
        assertThat(run.exitCode()).isZero();
        String csv = run.out();
        assertThat(csv).startsWith("id,start,end,minutes,routine,pattern,outcome,resting_bpm,closing_bpm,"
                + "time_at_target_s,adherence,exercises_done,exercises_skipped,exercises_eased,pain_reports,pain_notes\r\n");
        List<List<String>> rows = parseCsv(csv);
        assertThat(rows).hasSize(3).allSatisfy(r -> assertThat(r).hasSize(16));
        assertThat(rows.get(1).get(0)).isEqualTo(A.toString());
        assertThat(rows.get(1).subList(3, 15)).containsExactly("10", "mid-back", "diaphragmatic", "completed", "12.5",
                "6.5", "180", "0.8", "1", "1", "1", "1");
        assertThat(rows.get(1).get(15)).isEqualTo("Open book (left), skip: " + NOTE);
        assertThat(rows.get(2).get(15)).isEmpty();
    }

    @Test
    void jsonExportRestoresIntoAnotherFolderAndImportMergesWithoutDuplicates() throws Exception {
        Path file = tmp.resolve("backup.json");
        CliRun export = history("export", "--format", "json", "--out", file.toString());
        assertThat(export.exitCode()).isZero();
        assertThat(export.err()).contains("Exported 2 sessions to");
        Path other = tmp.resolve("other");
        UUID c = UUID.fromString("c1b2c3d4-0000-4000-8000-000000000003");
        try (HistoryStore store = HistoryStore.open(other, StoreOptions.defaults())) {
            store.add(List.of(record(c, "2026-02-01T08:00:00Z", null, false), record(A, "2026-03-01T08:00:00Z", 12.5,
                    true))).get(10, TimeUnit.SECONDS);
        }
        CliRun imported = CliRun.of("history", "import", file.toString(), "--data-dir", other.toString());
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).isEqualTo("Imported 1 session from " + file + " (1 already saved, skipped).\n");
        CliRun again = CliRun.of("history", "import", file.toString(), "--data-dir", other.toString());
        assertThat(again.out()).contains("Imported 0 sessions").contains("2 already saved");
        try (HistoryStore store = HistoryStore.open(other, StoreOptions.defaults())) {
            assertThat(store.count()).isEqualTo(3);
            assertThat(store.session(A)).isEqualTo(record(A, "2026-03-01T08:00:00Z", 12.5, true));
            assertThat(store.session(B)).isEqualTo(record(B, "2026-03-02T08:00:00Z", 11.0, false));
        }
        // The export of the merged folder holds all three, byte for byte the same records.
        CliRun stdout = CliRun.of("history", "export", "--format", "json", "--data-dir", other.toString());
        assertThat(stdout.out()).contains(A.toString()).contains(B.toString()).contains(c.toString());
    }

    @Test
    void aBadImportFileNamesTheFieldAndChangesNothing() throws Exception {
        Path file = tmp.resolve("backup.json");
        history("export", "--format", "json", "--out", file.toString());
        String good = Files.readString(file);

        Files.writeString(file, good.replace("\"start\":\"2026-03-02T08:00:00Z\"", "\"start\":\"yesterday\""));
        CliRun badField = history("import", file.toString());
        assertThat(badField.exitCode()).isEqualTo(2);
        assertThat(badField.err().lines().toList()).containsExactly("Cannot import " + file + ": sessions[1].start:"
                + " \"yesterday\" is not a time such as 2026-03-01T08:00:00Z; nothing was imported.");

        Files.writeString(file, good.replace("\"bpm\":12.0", "\"bpm\":0.2"));
        assertThat(history("import", file.toString()).err())
                .contains("sessions[0].rate_samples[0]: breathsPerMin must be 1–60, not 0.2");

        Files.writeString(file, good.substring(0, good.length() / 2));
        CliRun truncated = history("import", file.toString());
        assertThat(truncated.exitCode()).isEqualTo(2);
        assertThat(truncated.err()).startsWith("Cannot import " + file + ": it is not valid JSON (line 1, column ")
                .doesNotContain("\tat ");

        Files.writeString(file, "{\"format\": \"something else\"}");
        assertThat(history("import", file.toString()).err()).contains("not a breathpace history export");

        CliRun missing = history("import", tmp.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("Cannot import " + tmp.resolve("nope.json") + ": there is no such file.\n");

        assertThat(history("import", tmp.toString()).err()).contains("it is a folder");
        try (HistoryStore store = HistoryStore.open(data, StoreOptions.defaults())) {
            assertThat(store.count()).isEqualTo(2);
            assertThat(store.session(A)).isEqualTo(record(A, "2026-03-01T08:00:00Z", 12.5, true));
        }
    }

    @Test
    void deleteRemovesOneSessionAndExportNeverOverwritesTheDatabase() throws Exception {
        CliRun run = history("delete", "b1b2");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Deleted session b1b2c3d4 of ");
        assertThat(history("list").out()).contains("1 session ").doesNotContain("b1b2c3d4");
        CliRun clobber = history("export", "--format", "csv", "--out", data.resolve("history.db").toString());
        assertThat(clobber.exitCode()).isEqualTo(2);
        assertThat(clobber.err()).contains("is the history database itself");
        assertThat(history("show", "a1b2").exitCode()).isZero();
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsOneSentence() throws Exception {
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        CliRun run = CliRun.of("history", "list", "--data-dir", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .contains("is a file, not a folder").contains("--data-dir");
    }

    @Test
    void aHistoryDamagedWhereTheSamplesAreIsOneSentenceThenMovedAsideOnTheNextRun() throws Exception {
        List<SessionRecord> more = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            more.add(record(new UUID(0xd000L, i), "2026-01-0" + (i % 9 + 1) + "T0" + (i % 10) + ":00:00Z", 12.0, false));
        }
        try (HistoryStore store = HistoryStore.open(data, StoreOptions.defaults())) {
            store.add(more).get(10, TimeUnit.SECONDS);
        }
        Path db = data.resolve("history.db");
        int root;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.ResultSet r = c.createStatement().executeQuery(
                     "SELECT rootpage FROM sqlite_master WHERE name = 'rate_samples'")) {
            r.next();
            root = r.getInt(1);
        }
        byte[] bytes = Files.readAllBytes(db);
        for (int i = (root - 1) * 4096; i < root * 4096; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Files.write(db, bytes);
        assertThat(history("list").exitCode()).isZero(); // the summaries are fine
        CliRun show = history("show", "a1b2");
        assertThat(show.exitCode()).isEqualTo(2);
        assertThat(show.err().lines().toList()).singleElement().asString().contains("is damaged")
                .contains("restart breathpace").doesNotContain("internal error");
        CliRun next = history("list");
        assertThat(next.err()).contains("moved aside to history.db.corrupt-");
        assertThat(next.out()).startsWith("No sessions saved yet");
        try (var files = Files.list(data)) {
            assertThat(files.filter(p -> p.getFileName().toString().matches("history\\.db\\.corrupt-\\d{8}T\\d{6}Z")))
                    .singleElement().satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(bytes));
        }
    }

    /** A strict RFC 4180 reader: CRLF rows, quoted fields with doubled quotes. */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                assertThat(field).as("a quote may only open a field").isEmpty();
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r') {
                assertThat(s.charAt(i + 1)).isEqualTo('\n');
                i++;
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                assertThat(ch).as("bare line feed outside quotes").isNotEqualTo('\n');
                field.append(ch);
            }
        }
        assertThat(row).isEmpty();
        return rows;
    }
}
