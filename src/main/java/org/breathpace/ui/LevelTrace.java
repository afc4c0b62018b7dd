package org.breathpace.ui;

/**
 * The input level block by block, for the scrolling trace and the level meters: the audio thread
 * writes each block's RMS level into a preallocated ring (no allocation, no lock) and publishes
 * the count through a volatile; the FX thread reads the newest blocks once per frame. The ring
 * holds far more blocks than a frame reads, so the writer never reaches what is being read.
 *
 * <p>Thread contract: {@link #add} on the audio thread only (one writer); the rest on the FX thread.
 */
public final class LevelTrace {
    /** Levels at or below this (dBFS) draw at the bottom. */
    public static final double FLOOR_DB = -80;
    /** Levels at or above this (dBFS) draw at the top. */
    public static final double TOP_DB = -10;

    private final double[] endS;
    private final float[] rmsDb;
    private volatile long written;

    /** @param capacity blocks kept: 8192 is about three minutes of 1024-sample blocks at 44.1 kHz */
    public LevelTrace(int capacity) {
        endS = new double[capacity];
        rmsDb = new float[capacity];
    }

    /** One block's level; audio thread. */
    public void add(double blockEndS, double rmsDbfs) {
        long n = written;
        int i = (int) (n % endS.length);
        endS[i] = blockEndS;
        rmsDb[i] = (float) rmsDbfs;
        written = n + 1;
    }

    /** Blocks written so far (grows without end). */
    public long written() {
        return written;
    }

    /** How many of the newest blocks can be read safely. */
    public int readable() {
        return (int) Math.min(written, endS.length / 2);
    }

    /** Stream time at the end of the block {@code back} blocks before the newest (0 = newest). */
    public double endS(long count, int back) {
        return endS[(int) ((count - 1 - back) % endS.length)];
    }

    /** Level of that block, 0 (at or below {@link #FLOOR_DB}) … 1 (at or above {@link #TOP_DB}). */
    public double level(long count, int back) {
        double db = rmsDb[(int) ((count - 1 - back) % endS.length)];
        return Math.max(0, Math.min(1, (db - FLOOR_DB) / (TOP_DB - FLOOR_DB)));
    }

    /** The newest level, 0…1, or 0 before any block. */
    public double latest() {
        long n = written;
        return n == 0 ? 0 : level(n, 0);
    }
}
