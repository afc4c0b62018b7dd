package org.breathpace.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The format and data location of a RIFF/WAVE file, read and checked before any audio is
 * decoded so that every problem gets its own plain sentence.
 *
 * @param sampleRate  samples per second per channel
 * @param channels    interleaved channels
 * @param bits        bits per sample
 * @param dataOffset  byte offset of the first sample
 * @param dataBytes   bytes of sample data present in the file
 */
public record WavHeader(int sampleRate, int channels, int bits, long dataOffset, long dataBytes) {
    /** Lowest and highest sample rates the detector takes. */
    public static final int MIN_RATE = 8000;
    public static final int MAX_RATE = 48000;
    private static final int PCM = 1;
    private static final int EXTENSIBLE = 0xFFFE;
    private static final String CONVERT =
            "convert it to 16-bit PCM WAV, for example with: sox IN -b 16 OUT.wav";

    /** Sample frames in the file. */
    public long frames() {
        return dataBytes / ((long) channels * (bits / 8));
    }

    /** Length of the audio in seconds. */
    public double durationS() {
        return frames() / (double) sampleRate;
    }

    /**
     * Reads and checks the header of {@code file}.
     *
     * @throws AudioInputException with a sentence naming the file when it is missing, a
     *                             directory, empty, not a WAV, truncated, or in an encoding
     *                             breathpace does not read
     */
    public static WavHeader read(Path file) throws AudioInputException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new AudioInputException(name + " is a directory, not a WAV file: give the path of a .wav file.");
        }
        if (!Files.exists(file)) {
            throw new AudioInputException(name + " does not exist: check the path and the spelling.");
        }
        if (!Files.isReadable(file)) {
            throw new AudioInputException(name + " cannot be read: check its permissions.");
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size == 0) {
                throw new AudioInputException(name + " is empty (0 bytes): record it again or choose another file.");
            }
            ByteBuffer head = read(ch, 0, 12);
            if (head.remaining() < 12 && looksLikeRiffStart(head)) {
                throw truncated(name, size);
            }
            if (head.remaining() < 12 || !tag(head, 0).equals("RIFF") || !tag(head, 8).equals("WAVE")) {
                throw new AudioInputException(name + " is not a WAV file (no RIFF/WAVE header): " + CONVERT + ".");
            }
            return chunks(ch, size, name);
        } catch (IOException e) {
            throw new AudioInputException(name + " could not be read (" + e.getMessage() + "): check the disk and try again.", e);
        }
    }

    private static WavHeader chunks(FileChannel ch, long size, String name) throws IOException, AudioInputException {
        long pos = 12;
        int rate = 0;
        int channels = 0;
        int bits = 0;
        int format = -1;
        while (pos + 8 <= size) {
            ByteBuffer c = read(ch, pos, 8);
            String id = tag(c, 0);
            long length = c.getInt(4) & 0xFFFFFFFFL;
            long body = pos + 8;
            if (id.equals("fmt ")) {
                if (length < 16 || body + 16 > size) {
                    throw truncated(name, size);
                }
                ByteBuffer f = read(ch, body, (int) Math.min(length, 40));
                format = f.getShort(0) & 0xFFFF;
                channels = f.getShort(2) & 0xFFFF;
                rate = f.getInt(4);
                bits = f.getShort(14) & 0xFFFF;
                if (format == EXTENSIBLE && f.remaining() >= 26) {
                    format = f.getShort(24) & 0xFFFF;
                }
            } else if (id.equals("data")) {
                if (format < 0) {
                    throw new AudioInputException(name + " has no format chunk before its audio: " + CONVERT + ".");
                }
                check(name, format, channels, bits, rate);
                long present = size - body;
                long declared = length;
                boolean unknownLength = declared == 0 || declared == 0xFFFFFFFFL;
                if (!unknownLength && declared > present) {
                    throw new AudioInputException(name + " is truncated: its header promises "
                            + declared + " bytes of audio but only " + present
                            + " are there; record it again or choose another file.");
                }
                long bytes = unknownLength ? present : declared;
                int frameBytes = channels * (bits / 8);
                bytes -= bytes % frameBytes;
                return new WavHeader(rate, channels, bits, body, bytes);
            }
            pos = body + length + (length & 1);
        }
        throw truncated(name, size);
    }

    private static void check(String name, int format, int channels, int bits, int rate) throws AudioInputException {
        if (format != PCM) {
            String what = switch (format) {
                case 3 -> "32-bit float";
                case 2, 0x11 -> "ADPCM";
                case 6 -> "A-law";
                case 7 -> "µ-law";
                case 0x55 -> "MP3";
                default -> "format code " + format;
            };
            throw new AudioInputException(name + " is encoded as " + what
                    + ", but breathpace reads 16-bit PCM WAV: " + CONVERT + ".");
        }
        if (bits != 16) {
            throw new AudioInputException(name + " has " + bits
                    + "-bit samples, but breathpace reads 16-bit PCM WAV: " + CONVERT + ".");
        }
        if (channels < 1 || channels > 8) {
            throw new AudioInputException(name + " declares " + channels
                    + " channels; breathpace reads mono or stereo: " + CONVERT.replace("-b 16", "-b 16 -c 1") + ".");
        }
        if (rate < MIN_RATE || rate > MAX_RATE) {
            throw new AudioInputException(name + " is sampled at " + rate
                    + " Hz; breathpace reads 8000–48000 Hz: resample it, for example with: sox IN -r 16000 OUT.wav.");
        }
    }

    private static AudioInputException truncated(String name, long size) {
        return new AudioInputException(name + " is a truncated WAV file (" + size
                + " bytes, no complete audio data): record it again or choose another file.");
    }

    private static boolean looksLikeRiffStart(ByteBuffer head) {
        String r = "RIFF";
        for (int i = 0; i < Math.min(4, head.remaining()); i++) {
            if (head.get(i) != r.charAt(i)) {
                return false;
            }
        }
        return head.remaining() > 0;
    }

    private static ByteBuffer read(FileChannel ch, long pos, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) {
                break;
            }
        }
        b.flip();
        return b;
    }

    private static String tag(ByteBuffer b, int at) {
        char[] c = new char[4];
        for (int i = 0; i < 4; i++) {
            c[i] = (char) (b.get(at + i) & 0xFF);
        }
        return new String(c);
    }
}
