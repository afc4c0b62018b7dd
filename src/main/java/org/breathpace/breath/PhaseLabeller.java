package org.breathpace.breath;

/**
 * Decides whether a burst is an inhale or an exhale, from the recording's own bursts.
 *
 * <p>Each burst is described by its spectral shape (relative level in six bands from 100 Hz to
 * 6 kHz; see {@link BurstStats#shape}) and its loudness. Near the face an exhale is usually the
 * louder, longer, lower "wind" of air on the microphone and an inhale a quieter, higher hiss, but
 * which cue holds depends on the person and the microphone. So the labeller keeps the recent
 * bursts, splits them into two groups (two-means), and believes in two groups only when they are
 * well apart and the bursts alternate between them, as inhales and exhales do; the group that
 * is darker, louder and longer is the exhales. With a single group every burst is an exhale
 * (many microphones hear only exhales) unless the bursts come faster than anyone breathes
 * ({@link #PAIRED_INTERVAL_S}): then they are inhale and exhale taking turns. Counting each
 * burst as a breath when they are really inhale and exhale is what doubles the rate.
 *
 * <p>At a burst's onset only its first few frames are known, and another sound can be mixed into
 * them (the tail of a word, a knock): an onset that the two groups cannot place, lying about
 * midway between them ({@link #UNPLACED}), is given the phase that takes its turn after the last
 * one, as the two groups themselves do. Its end carries the label of the whole burst.
 *
 * <p>Not thread-safe; no allocation after construction.
 */
final class PhaseLabeller {
    static final int HISTORY = 12;
    static final int SHAPE_DIMS = FrameAnalyzer.BANDS;
    /** Shape bands plus loudness. */
    static final int DIMS = SHAPE_DIMS + 1;
    /** Differences are measured in units of this many dB. */
    static final double UNIT_DB = 6;
    /** Two groups must be at least this far apart (in units)… */
    static final double MIN_SEPARATION = 1.2;
    /** …and this many times their spread. */
    static final double MIN_SEPARATION_OVER_SPREAD = 1.5;
    /** Share of consecutive bursts that must change group for two groups to be believed. */
    static final double MIN_ALTERNATION = 0.65;
    /** Before groups can be known: a lone burst whose highs exceed its lows by this is an inhale. */
    static final double PRIOR_INHALE_TILT_DB = 9;
    /**
     * An onset whose spectral shape projects onto the line between the two groups' centres
     * within this of the midpoint (0 at one centre, 1 at the other) is not placed by its shape.
     */
    static final double UNPLACED = 0.25;
    /** Bursts shorter than this are not kept as evidence (a murmur, a click that got through). */
    static final double MIN_EVIDENCE_S = 0.35;
    /**
     * One group of bursts whose onsets come this close together (median) is faster than one
     * breath per burst could be (above 33 a minute): the bursts are inhales and exhales.
     */
    static final double PAIRED_INTERVAL_S = 1.8;

    private final double[][] points = new double[HISTORY][DIMS];
    private final double[] duration = new double[HISTORY];
    private final double[] onsetS = new double[HISTORY];
    private final Phase[] given = new Phase[HISTORY];
    private final int[] group = new int[HISTORY];
    /** {@link #points} oldest first, for {@link #twoGroups} (references only, filled per call). */
    private final double[][] ordered = new double[HISTORY][];
    private final double[] centreA = new double[DIMS];
    private final double[] centreB = new double[DIMS];
    private final double[] candidate = new double[DIMS];
    private final double[] intervals = new double[HISTORY];
    private final double[] paritySum = new double[2];
    private final double[] paritySum2 = new double[2];
    private final int[] parityCount = new int[2];
    /** An inhale heard among exhales: at least this much brighter… */
    static final double FAINT_INHALE_TILT_DB = 6;
    /** …and (once its loudness is known) this much fainter than the usual burst. */
    static final double FAINT_INHALE_DB = 12;
    /** Bursts remembered before taking turns can be judged. */
    static final int MIN_ALTERNATING = 8;
    /**
     * A feature takes turns when its every-other-burst halves differ by this many standard errors;
     * at least {@link #MIN_TURN_FEATURES} of the four must (one alone, say loudness, can seem to
     * by chance over a few breaths; inhale and exhale differ in several ways at once).
     */
    static final double MIN_TURN_T = 3.5;
    static final int MIN_TURN_FEATURES = 2;
    /**
     * Smallest scatter credited to each feature (dB, log2 s, dB, s): breaths differ from one
     * another by at least this much, however alike the last few happen to be.
     */
    private static final double[] MIN_SCATTER = {1.5, 0.1, 1.5, 0.1};
    /** A burst this many median intervals after the last one starts afresh (after a pause). */
    static final double MAX_TURN_GAP = 2.5;
    private int count;
    private int next;
    /** Onset and label of the newest burst of any length (short ones are no evidence of shape, but they are a turn taken). */
    private double latestOnsetS = Double.NaN;
    private Phase latestPhase;

    /**
     * Labels a burst.
     *
     * @param shape     relative band levels, dB ({@link BurstStats#shape})
     * @param levelDbfs the burst's loudest moment so far, dBFS
     * @param whole     true for a finished burst (its loudness is then known and used)
     * @param startS    when the burst began
     */
    Phase label(double[] shape, double levelDbfs, boolean whole, double startS) {
        int n = Math.min(count, HISTORY);
        System.arraycopy(shape, 0, candidate, 0, SHAPE_DIMS);
        candidate[SHAPE_DIMS] = levelDbfs;
        int dims = whole ? DIMS : SHAPE_DIMS;
        if (n < 3) {
            return prior(n, dims, startS);
        }
        if (twoGroups(n)) {
            if (!whole && Math.abs(towardB(dims) - 0.5) < UNPLACED) {
                // the groups rest on bursts taking turns: this one takes its turn
                return other(given[slot(n - 1, n)]);
            }
            int exhaleGroup = exhaleGroup(n);
            boolean nearerA = dist2(candidate, centreA, dims) <= dist2(candidate, centreB, dims);
            return (nearerA ? 0 : 1) == exhaleGroup ? Phase.EXHALE : Phase.INHALE;
        }
        return oneGroup(n, startS, whole);
    }

    /** Records a finished burst so later bursts are judged against it. */
    void remember(double[] shape, double levelDbfs, double durationS, double startS, Phase phase) {
        latestOnsetS = startS;
        latestPhase = phase;
        if (durationS < MIN_EVIDENCE_S) {
            return;
        }
        System.arraycopy(shape, 0, points[next], 0, SHAPE_DIMS);
        points[next][SHAPE_DIMS] = levelDbfs;
        duration[next] = durationS;
        onsetS[next] = startS;
        given[next] = phase;
        next = (next + 1) % HISTORY;
        count++;
    }

    private Phase prior(int n, int dims, double startS) {
        if (n == 0) {
            return tiltDb(candidate) > PRIOR_INHALE_TILT_DB ? Phase.INHALE : Phase.EXHALE;
        }
        // Too few bursts for groups: unlike the last one means the other phase, the darker of
        // the two being the exhale; like it, the same phase unless it came too close after the
        // newest burst (a short one too) to be another breath: then it takes its turn after that one.
        int last = slot(n - 1, n);
        if (latestOnsetS > onsetS[last] && startS - latestOnsetS < PAIRED_INTERVAL_S) {
            // A short burst came since the last one kept, and this one follows it closely: it
            // takes its turn after that one, whatever it looks like.
            return other(latestPhase);
        }
        if (Math.sqrt(dist2(candidate, points[last], dims)) / UNIT_DB >= MIN_SEPARATION) {
            return tiltDb(candidate) < tiltDb(points[last]) ? Phase.EXHALE : Phase.INHALE;
        }
        if (startS - latestOnsetS < PAIRED_INTERVAL_S) {
            return other(latestPhase);
        }
        return given[last];
    }

    /**
     * Two-means over the history; true when the two groups are distinct and alternate.
     *
     * <p>The loops run over {@link #ordered} with no index arithmetic inside, the pair loop's
     * outer index stops before the last burst (which has no later partner), and the first burst's
     * step is taken before the loop: the ring-buffer index, the empty last pass and an
     * {@code i > 0} test inside the loops made the JIT's loop predicates, built from the profile of
     * the first short histories, fail as the history grew, and the method was compiled five times
     * over. Same arithmetic in the same order as before.
     *
     * <p>The loops over pairs and over points are methods of their own, each with a loop of at most
     * {@link #HISTORY} steps: a method whose own loops run a few hundred steps per call is first
     * compiled by the JIT "on stack", once per loop, before it is compiled as a method, and those
     * were three compiles of the whole of this method, the costliest of a long file's analysis.
     */
    private boolean twoGroups(int n) {
        double[][] pts = ordered;
        int[] grp = group;
        for (int i = 0; i < n; i++) {
            pts[i] = points[slot(i, n)];
        }
        farthestPair(n);
        int na = 0, nb = 0;
        for (int iter = 0; iter < 10; iter++) {
            nb = assign(n);
            na = n - nb;
            if (na == 0 || nb == 0) {
                return false;
            }
            mean(0, centreA, n);
            mean(1, centreB, n);
        }
        if (na < 2 || nb < 2) {
            return false;
        }
        double spread = dist2(pts[0], grp[0] == 0 ? centreA : centreB, DIMS);
        int changes = 0;
        for (int i = 1; i < n; i++) {
            spread += dist2(pts[i], grp[i] == 0 ? centreA : centreB, DIMS);
            changes += grp[i] != grp[i - 1] ? 1 : 0;
        }
        spread = Math.sqrt(spread / n) / UNIT_DB;
        double separation = Math.sqrt(dist2(centreA, centreB, DIMS)) / UNIT_DB;
        double alternation = changes / (double) (n - 1);
        return separation >= MIN_SEPARATION && separation >= MIN_SEPARATION_OVER_SPREAD * spread
                && alternation >= MIN_ALTERNATION;
    }

    /** Starts the two centres at the two points farthest apart (the first such pair in order). */
    private void farthestPair(int n) {
        double[][] pts = ordered;
        int ia = 0, ib = 1;
        double far = -1;
        for (int i = 0; i < n - 1; i++) {
            // no branch: the farthest pair changes rarely after the first few
            int j = farthestAfter(i, n);
            double d = dist2(pts[i], pts[j], DIMS);
            boolean farther = d > far;
            far = farther ? d : far;
            ia = farther ? i : ia;
            ib = farther ? j : ib;
        }
        System.arraycopy(pts[ia], 0, centreA, 0, DIMS);
        System.arraycopy(pts[ib], 0, centreB, 0, DIMS);
    }

    /** The point after {@code i} farthest from it (the first such). */
    private int farthestAfter(int i, int n) {
        double[][] pts = ordered;
        double[] pi = pts[i];
        int best = i + 1;
        double far = -1;
        for (int j = i + 1; j < n; j++) {
            double d = dist2(pi, pts[j], DIMS);
            boolean farther = d > far;
            far = farther ? d : far;
            best = farther ? j : best;
        }
        return best;
    }

    /** Puts each point in the group of the nearer centre (A on a tie); returns how many are in B. */
    private int assign(int n) {
        double[][] pts = ordered;
        int nb = 0;
        for (int i = 0; i < n; i++) {
            double[] p = pts[i];
            int g = dist2(p, centreA, DIMS) <= dist2(p, centreB, DIMS) ? 0 : 1;
            group[i] = g;
            nb += g;
        }
        return nb;
    }

    /** The group that is darker, louder and longer. */
    private int exhaleGroup(int n) {
        double durA = 0, durB = 0;
        int na = 0, nb = 0;
        for (int i = 0; i < n; i++) {
            if (group[i] == 0) {
                durA += duration[slot(i, n)];
                na++;
            } else {
                durB += duration[slot(i, n)];
                nb++;
            }
        }
        double scoreA = -tiltDb(centreA) / UNIT_DB + centreA[SHAPE_DIMS] / 20 + log2(durA / na);
        double scoreB = -tiltDb(centreB) / UNIT_DB + centreB[SHAPE_DIMS] / 20 + log2(durB / nb);
        return scoreA >= scoreB ? 0 : 1;
    }

    /** One kind of burst: each is a breath's exhale, unless they come too fast to be breaths. */
    private Phase oneGroup(int n, double startS, boolean levelKnown) {
        for (int i = 1; i < n; i++) {
            intervals[i - 1] = onsetS[slot(i, n)] - onsetS[slot(i - 1, n)];
        }
        java.util.Arrays.sort(intervals, 0, n - 1);
        double median = intervals[(n - 1) / 2];
        int last = slot(n - 1, n);
        if (median < PAIRED_INTERVAL_S && startS - latestOnsetS < 2 * PAIRED_INTERVAL_S) {
            // turns are taken after the newest burst, a short one too
            return other(latestPhase);
        }
        // Alike bursts that nonetheless take turns (in loudness, length or the pause after them)
        // are inhale and exhale sounding alike, not one breath each: counting them as breaths
        // doubles the rate.
        if (n >= MIN_ALTERNATING && startS - onsetS[last] < MAX_TURN_GAP * median) {
            int exhaleParity = alternatingExhaleParity(n);
            if (exhaleParity >= 0) {
                // the candidate comes after the newest burst, index n
                return n % 2 == exhaleParity ? Phase.EXHALE : Phase.INHALE;
            }
        }
        // A burst much fainter and brighter than the usual ones is an inhale that got through.
        for (int i = 0; i < n; i++) {
            intervals[i] = points[slot(i, n)][SHAPE_DIMS];
        }
        java.util.Arrays.sort(intervals, 0, n);
        double typicalLevel = intervals[n / 2];
        for (int i = 0; i < n; i++) {
            intervals[i] = tiltDb(points[slot(i, n)]);
        }
        java.util.Arrays.sort(intervals, 0, n);
        double typicalTilt = intervals[n / 2];
        boolean brighter = tiltDb(candidate) > typicalTilt + FAINT_INHALE_TILT_DB;
        boolean fainter = candidate[SHAPE_DIMS] < typicalLevel - FAINT_INHALE_DB;
        if (brighter && (fainter || !levelKnown)) {
            return Phase.INHALE;
        }
        return Phase.EXHALE;
    }

    /**
     * Whether the remembered bursts take turns: split by parity (every other burst), the two halves
     * differ in at least two of loudness, log length, spectral tilt and the interval to the next
     * onset by far more than the bursts within each half scatter. Returns the parity (0 or 1, of the index in the
     * history) whose bursts are the exhales (louder, longer, darker), or -1 when they do not take
     * turns.
     */
    private int alternatingExhaleParity(int n) {
        int strong = 0;
        double exhaleScore = 0;
        double[] sum = paritySum;
        double[] sum2 = paritySum2;
        int[] count = parityCount;
        for (int feature = 0; feature < 4; feature++) {
            java.util.Arrays.fill(sum, 0);
            java.util.Arrays.fill(sum2, 0);
            java.util.Arrays.fill(count, 0);
            int usable = feature == 3 ? n - 1 : n;
            for (int i = 0; i < usable; i++) {
                double v = feature(feature, i, n);
                sum[i % 2] += v;
                sum2[i % 2] += v * v;
                count[i % 2]++;
            }
            if (count[0] < 2 || count[1] < 2) {
                return -1;
            }
            double m0 = sum[0] / count[0];
            double m1 = sum[1] / count[1];
            double var = (sum2[0] - count[0] * m0 * m0 + sum2[1] - count[1] * m1 * m1) / (usable - 2);
            double se = Math.sqrt(Math.max(var, MIN_SCATTER[feature] * MIN_SCATTER[feature]) * (1.0 / count[0] + 1.0 / count[1]));
            double t = (m0 - m1) / se;
            if (Math.abs(t) >= MIN_TURN_T) {
                strong++;
            }
            if (feature < 3) {
                // loudness, length: more for an exhale; tilt: less (darker) for an exhale
                exhaleScore += feature == 2 ? -t : t;
            }
        }
        if (strong < MIN_TURN_FEATURES) {
            return -1;
        }
        return exhaleScore >= 0 ? 0 : 1;
    }

    /** Burst {@code i} of the history: 0 loudness dBFS, 1 log2 length, 2 tilt dB, 3 interval to the next onset s. */
    private double feature(int feature, int i, int n) {
        int slot = slot(i, n);
        return switch (feature) {
            case 0 -> points[slot][SHAPE_DIMS];
            case 1 -> log2(duration[slot]);
            case 2 -> tiltDb(points[slot]);
            default -> onsetS[slot(i + 1, n)] - onsetS[slot];
        };
    }

    /**
     * Where the candidate lies along the line from centre A (0) to centre B (1), over the first
     * {@code dims} features.
     */
    private double towardB(int dims) {
        double dot = 0;
        double length2 = 0;
        for (int d = 0; d < dims; d++) {
            double ab = centreB[d] - centreA[d];
            dot += (candidate[d] - centreA[d]) * ab;
            length2 += ab * ab;
        }
        return length2 > 0 ? dot / length2 : 0.5;
    }

    private static Phase other(Phase p) {
        return p == Phase.EXHALE ? Phase.INHALE : Phase.EXHALE;
    }

    /** Highs minus lows: mean of the top two bands minus mean of the bottom three, dB. */
    static double tiltDb(double[] shape) {
        return 0.5 * (shape[SHAPE_DIMS - 1] + shape[SHAPE_DIMS - 2]) - (shape[0] + shape[1] + shape[2]) / 3;
    }

    private void mean(int g, double[] centre, int n) {
        java.util.Arrays.fill(centre, 0);
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (group[i] == g) {
                double[] p = ordered[i];
                for (int d = 0; d < DIMS; d++) {
                    centre[d] += p[d];
                }
                c++;
            }
        }
        for (int d = 0; d < DIMS; d++) {
            centre[d] /= c;
        }
    }

    private int slot(int i, int n) {
        return Math.floorMod(next - n + i, HISTORY);
    }

    private static double dist2(double[] a, double[] b, int dims) {
        double s = 0;
        for (int d = 0; d < dims; d++) {
            double v = a[d] - b[d];
            s += v * v;
        }
        return s;
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
