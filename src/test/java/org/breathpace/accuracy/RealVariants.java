package org.breathpace.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.breathpace.fixtures.FixtureSpec.Noise;

/**
 * Development aid (test scope, not a test): the labelled real clips of {@code ../shared/real-breath}
 * made quieter, or with a room's noise or a mains hum mixed in (at levels under each clip's own
 * loudest sample, as the clips' levels differ by 45 dB), each scored against the
 * labels as {@link RealBreathRecordingsTest} scores the clips themselves (found / extra / missed,
 * optional windows counting neither way). Shows how far the detector holds beyond the recordings
 * as they were made. Args: [clips folder] [work folder] [only the variants whose name contains this];
 * the copies of the last variant run stay in the work folder.
 */
public final class RealVariants {
    private RealVariants() { }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/real-breath");
        Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/real-variants"));
        JsonNode clips = RealBreathRecordingsTest.labelledClips();
        Map<String, BiFunction<float[], Integer, float[]>> variants = new LinkedHashMap<>();
        variants.put("as recorded", (x, rate) -> x);
        variants.put("peaks at -40 dBFS", (x, rate) -> RealBreathRecordingsTest.toPeak(x, -40));
        variants.put("peaks at -50 dBFS", (x, rate) -> RealBreathRecordingsTest.toPeak(x, -50));
        variants.put("pink noise, peak - 50 dB", (x, rate) -> RealBreathRecordingsTest.withNoise(x, rate, Noise.PINK, 50));
        variants.put("pink noise, peak - 40 dB", (x, rate) -> RealBreathRecordingsTest.withNoise(x, rate, Noise.PINK, 40));
        variants.put("pink noise, peak - 30 dB", (x, rate) -> RealBreathRecordingsTest.withNoise(x, rate, Noise.PINK, 30));
        variants.put("fan, peak - 40 dB", (x, rate) -> RealBreathRecordingsTest.withNoise(x, rate, Noise.FAN, 40));
        variants.put("fan, peak - 30 dB", (x, rate) -> RealBreathRecordingsTest.withNoise(x, rate, Noise.FAN, 30));
        variants.put("white noise, peak - 40 dB", (x, rate) -> RealBreathRecordingsTest.withNoise(x, rate, Noise.WHITE, 40));
        variants.put("hum 50 Hz, peak - 40 dB", (x, rate) -> RealBreathRecordingsTest.withNoise(x, rate, Noise.HUM50, 40));
        variants.put("hum 50 Hz, peak - 30 dB", (x, rate) -> RealBreathRecordingsTest.withNoise(x, rate, Noise.HUM50, 30));
        variants.put("hum 50 Hz, peak - 20 dB", (x, rate) -> RealBreathRecordingsTest.withNoise(x, rate, Noise.HUM50, 20));
        variants.put("hum 60 Hz, peak - 30 dB", (x, rate) -> RealBreathRecordingsTest.withNoise(x, rate, Noise.HUM60, 30));
        variants.put("hum 60 Hz, peak - 20 dB", (x, rate) -> RealBreathRecordingsTest.withNoise(x, rate, Noise.HUM60, 20));
        variants.put("speech, peak - 30 dB", (x, rate) -> RealBreathRecordingsTest.withNoise(x, rate, Noise.SPEECH, 30));
        variants.put("speech, peak - 20 dB", (x, rate) -> RealBreathRecordingsTest.withNoise(x, rate, Noise.SPEECH, 20));
        variants.put("music, peak - 30 dB", (x, rate) -> RealBreathRecordingsTest.withNoise(x, rate, Noise.MUSIC, 30));
        variants.put("door slams, peak - 20 dB", (x, rate) -> RealBreathRecordingsTest.withNoise(x, rate, Noise.DOOR, 20));
        variants.put("piano, peak - 30 dB", (x, rate) -> RealBreathRecordingsTest.withNoise(x, rate, Noise.PIANO, 30));
        variants.put("keyboard, peak - 40 dB", (x, rate) -> RealBreathRecordingsTest.withNoise(x, rate, Noise.CLICKS, 40));
        variants.put("keyboard, peak - 30 dB", (x, rate) -> RealBreathRecordingsTest.withNoise(x, rate, Noise.CLICKS, 30));
        variants.put("keyboard, peak - 20 dB", (x, rate) -> RealBreathRecordingsTest.withNoise(x, rate, Noise.CLICKS, 20));
        String only = args.length > 2 ? args[2] : "";
        for (Map.Entry<String, BiFunction<float[], Integer, float[]>> v : variants.entrySet()) {
            if (!v.getKey().contains(only)) {
                continue;
            }
            List<RealBreathRecordingsTest.ClipRow> rows = new ArrayList<>();
            StringBuilder problems = new StringBuilder();
            Iterator<Map.Entry<String, JsonNode>> it = clips.fields();
            while (it.hasNext()) {
                RealBreathRecordingsTest.ClipRow row = RealBreathRecordingsTest.scoreCopy(dir, it.next(), work, v.getValue());
                rows.add(row);
                if (row.score().misses() + row.score().falseAlarms() > 0) {
                    problems.append(String.format(Locale.ROOT, " %s %d/%d", row.clip().replace("coswara-", "")
                            .replace(".wav", ""), row.score().falseAlarms(), row.score().misses()));
                }
            }
            int hits = rows.stream().mapToInt(r -> r.score().hits()).sum();
            int extra = rows.stream().mapToInt(r -> r.score().falseAlarms()).sum();
            int missed = rows.stream().mapToInt(r -> r.score().misses()).sum();
            System.out.printf(Locale.ROOT, "%-26s found %3d / extra %2d / missed %2d  (extra/missed:%s)%n", v.getKey(),
                    hits, extra, missed, problems);
        }
    }

}
