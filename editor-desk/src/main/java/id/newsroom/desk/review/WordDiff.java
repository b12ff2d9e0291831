package id.newsroom.desk.review;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;

/**
 * A word-level diff of two texts (longest common subsequence), for the side-by-side view of two revisions: the left
 * side marks what the right one removed, the right side what it added. Bodies are compared as their text.
 */
public final class WordDiff {

    /** A run of words: kept on both sides, or only on one. */
    public record Part(String text, Kind kind) {}

    public enum Kind {
        SAME, REMOVED, ADDED
    }

    /** Left (older) and right (newer) sides. */
    public record Sides(List<Part> left, List<Part> right) {}

    /** Beyond this many words per side the whole texts are shown as replaced: the table would be too big. */
    static final int MAX_WORDS = 6_000;

    private WordDiff() {}

    public static String text(String html) {
        return html == null ? "" : Jsoup.parseBodyFragment(html).body().text();
    }

    public static Sides of(String older, String newer) {
        String[] a = words(older);
        String[] b = words(newer);
        if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
            return new Sides(List.of(new Part(older, Kind.REMOVED)), List.of(new Part(newer, Kind.ADDED)));
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Part> left = new ArrayList<>();
        List<Part> right = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                add(left, a[i], Kind.SAME);
                add(right, b[j], Kind.SAME);
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(right, b[j++], Kind.ADDED);
            } else {
                add(left, a[i++], Kind.REMOVED);
            }
        }
        return new Sides(left, right);
    }

    private static String[] words(String text) {
        String t = text == null ? "" : text.trim();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    /** Consecutive words of one kind become one part. */
    private static void add(List<Part> parts, String word, Kind kind) {
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
            Part last = parts.remove(parts.size() - 1);
            parts.add(new Part(last.text() + " " + word, kind));
        } else {
            parts.add(new Part(word, kind));
        }
    }
}
