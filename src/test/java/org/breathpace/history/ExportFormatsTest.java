package org.breathpace.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportFormatsTest {
    private static final Instant T = Instant.parse("2026-03-01T08:00:00Z");

    private static List<SessionRecord> read(String json) throws Exception {
        return HistoryJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void jsonRoundTripsEveryFieldIncludingNullsAndUnicode() throws Exception {
        SessionRecord full = Sessions.full(1, T, 7.5, 12.25);
        SessionRecord sparse = new SessionRecord(new SessionSummary(Sessions.id(2), T.plusMillis(86_400_123),
                T.plusMillis(86_400_123 + 61_000), "Rücken, \"mitte\"", "4-7-8", null, null, 0, null,
                SessionOutcome.INTERRUPTED), List.of(), List.of(),
                List.of(new PainReport("Offenes Buch", null, 0, PainChoice.END, "")));
        StringWriter out = new StringWriter();
        HistoryJson.write(List.of(full, sparse), out);
        assertThat(read(out.toString())).containsExactly(full, sparse);
        assertThat(out.toString()).contains("\"resting_bpm\":null").contains("\"side\":null")
                .contains("\"start\":\"2026-03-02T08:00:00.123Z\"");
    }

    @Test
    void badJsonNamesTheFirstBadPlace() {
        String head = "{\"format\":\"breathpace-history\",\"version\":1,\"sessions\":[{\"id\":\""
                + Sessions.id(1) + "\",\"start\":\"2026-03-01T08:00:00Z\",\"end\":\"2026-03-01T08:10:00Z\","
                + "\"routine\":\"r\",\"pattern\":\"p\",\"time_at_target_s\":0,\"outcome\":\"completed\"";
        assertThatThrownBy(() -> read(head + ",\"exercises\":[{\"exercise\":\"x\",\"planned_s\":1,\"done_s\":1,"
                + "\"sides_planned\":1.5,\"sides_done\":1,\"skipped\":false,\"eased\":false}]}]}"))
                .hasMessage("sessions[0].exercises[0].sides_planned: expected a whole number, got 1.5");
        assertThatThrownBy(() -> read(head + ",\"pain_reports\":[{\"exercise\":\"x\",\"at_s\":1,\"choice\":\"panic\"}]}]}"))
                .hasMessage("sessions[0].pain_reports[0]: must be ease, skip or end, not 'panic'");
        assertThatThrownBy(() -> read(head.replace("\"completed\"", "\"done\"") + "}]}"))
                .hasMessage("sessions[0]: must be in_progress, completed or interrupted, not 'done'");
        assertThatThrownBy(() -> read(head + "}," + head.substring(head.indexOf("{\"id\"")) + "}]}"))
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> read(head.replace(",\"routine\":\"r\"", "") + "}]}"))
                .hasMessage("sessions[0].routine: missing");
        assertThatThrownBy(() -> read("[1, 2]")).hasMessageContaining("not a breathpace history export");
        assertThatThrownBy(() -> read("{\"format\":\"breathpace-history\",\"version\":2,\"sessions\":[]}"))
                .hasMessageContaining("version 2");
    }

    @Test
    void csvQuotesOnlyWhatNeedsQuoting() throws Exception {
        assertThat(HistoryCsv.field("plain")).isEqualTo("plain");
        assertThat(HistoryCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(HistoryCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(HistoryCsv.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        StringWriter out = new StringWriter();
        HistoryCsv.write(List.of(Sessions.full(1, T, 7.5, 12.25)), ZoneId.of("Europe/Paris"), out);
        String[] rows = out.toString().split("\r\n", -1);
        assertThat(rows[1]).startsWith(Sessions.id(1) + ",2026-03-01 09:00:00,2026-03-01 09:07:30,7.5,mid-back,"
                + "diaphragmatic,completed,12.25,8.25,95.5,0.82,2,1,1,1,\"Thread the needle (left), skip: pinch under"
                + " the \"\"shoulder\"\" blade, then fine,\nnew line\"");
        assertThat(rows[2]).isEmpty();
    }
}
