package id.newsroom.article.drift;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The differences between article-service and one read model: a count and the first ids of each kind, and every
 * affected id (kept out of the JSON answer; a repair needs them all).
 */
public record DriftReport(String readModel, long articlesHere, long itemsThere, Map<String, Long> counts,
        Map<String, List<String>> firstIds, Set<String> affectedIds) {

    /** What an operator reads: counts and first ids (every affected id would be too long an answer). */
    public Map<String, Object> summary() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("readModel", readModel);
        m.put("clean", clean());
        m.put("articlesHere", articlesHere);
        m.put("itemsThere", itemsThere);
        m.put("counts", counts);
        m.put("firstIds", firstIds);
        return m;
    }

    public enum Kind {
        MISSING, STALE, GHOST;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public long count(Kind kind) {
        return counts.getOrDefault(kind.label(), 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean clean() {
        return total() == 0;
    }

    static final class Builder {
        private final String readModel;
        private final int sampleSize;
        private final Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        private final Map<Kind, List<String>> first = new EnumMap<>(Kind.class);
        private final Set<String> affected = new LinkedHashSet<>();
        private long here;
        private long there;

        Builder(String readModel, int sampleSize) {
            this.readModel = readModel;
            this.sampleSize = sampleSize;
            for (Kind k : Kind.values()) {
                counts.put(k, 0L);
                first.put(k, new ArrayList<>());
            }
        }

        void sourceItem() {
            here++;
        }

        void readModelItem() {
            there++;
        }

        void add(Kind kind, String id) {
            counts.merge(kind, 1L, Long::sum);
            if (first.get(kind).size() < sampleSize) {
                first.get(kind).add(id);
            }
            affected.add(id);
        }

        DriftReport build() {
            Map<String, Long> c = new java.util.LinkedHashMap<>();
            Map<String, List<String>> f = new java.util.LinkedHashMap<>();
            for (Kind k : Kind.values()) {
                c.put(k.label(), counts.get(k));
                f.put(k.label(), List.copyOf(first.get(k)));
            }
            return new DriftReport(readModel, here, there, c, f, affected);
        }
    }
}
