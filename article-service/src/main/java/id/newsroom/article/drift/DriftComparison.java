package id.newsroom.article.drift;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Compares article-service's articles with one read model by walking both id-sorted listings side by side (a merge
 * walk: one pass, memory for the differences only). Kinds:
 * <ul>
 * <li>missing: published here, and absent or hidden there;</li>
 * <li>ghost: shown to readers there, but not published (or unknown) here;</li>
 * <li>stale: visible or hidden on both sides alike, but there at an older version.</li>
 * </ul>
 * Ids must be sorted the same way on both sides: ascending {@link String#compareTo}, which equals MongoDB's and
 * Lucene's byte order for the ASCII ids (UUIDv7) articles have.
 */
public final class DriftComparison {

    private DriftComparison() {}

    public static DriftReport compare(String readModel, Iterator<Holding> source, Iterator<Holding> readModelItems,
            int sampleSize) {
        DriftReport.Builder report = new DriftReport.Builder(readModel, sampleSize);
        Holding here = next(source);
        Holding there = next(readModelItems);
        String previousHere = null;
        String previousThere = null;
        while (here != null || there != null) {
            int order = here == null ? 1 : there == null ? -1 : here.id().compareTo(there.id());
            if (order < 0) {
                previousHere = checkOrder(previousHere, here, "article-service");
                report.sourceItem();
                if (!here.inFlight() && here.published()) {
                    report.add(DriftReport.Kind.MISSING, here.id());
                }
                here = next(source);
            } else if (order > 0) {
                previousThere = checkOrder(previousThere, there, readModel);
                report.readModelItem();
                if (there.published()) {
                    report.add(DriftReport.Kind.GHOST, there.id());
                }
                there = next(readModelItems);
            } else {
                previousHere = checkOrder(previousHere, here, "article-service");
                previousThere = checkOrder(previousThere, there, readModel);
                report.sourceItem();
                report.readModelItem();
                if (!here.inFlight()) {
                    classify(here, there, report);
                }
                here = next(source);
                there = next(readModelItems);
            }
        }
        return report.build();
    }

    // What readers see decides first (shown when it should not be, absent when it should be); then the version.
    private static void classify(Holding here, Holding there, DriftReport.Builder report) {
        if (there.published() && !here.published()) {
            report.add(DriftReport.Kind.GHOST, here.id());
        } else if (here.published() && !there.published()) {
            report.add(DriftReport.Kind.MISSING, here.id());
        } else if (there.version() < here.version()) {
            report.add(DriftReport.Kind.STALE, here.id());
        }
    }

    // A listing out of order would make the walk report nonsense: refuse it instead.
    private static String checkOrder(String previous, Holding current, String side) {
        if (previous != null && previous.compareTo(current.id()) >= 0) {
            throw new IllegalStateException(side + " listed " + current.id() + " after " + previous
                    + ": the listing is not in ascending id order");
        }
        return current.id();
    }

    private static Holding next(Iterator<Holding> it) {
        return it.hasNext() ? it.next() : null;
    }

    /** Ids of every kind, for a repair (article-service re-publishes each once). */
    public static List<String> affected(DriftReport report) {
        List<String> ids = new ArrayList<>(report.affectedIds());
        ids.sort(null);
        return ids;
    }
}
