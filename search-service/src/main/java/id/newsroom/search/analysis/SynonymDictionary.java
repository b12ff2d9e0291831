package id.newsroom.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The synonym and acronym dictionary, a plain text file applied at query time only (so an edit needs no reindex).
 * One entry a line: {@code a, b, c} makes the terms equivalent, {@code a => b, c} rewrites a one way; {@code #}
 * starts a comment. Words are lower-cased and stop words dropped, exactly as the query chain sees them.
 */
public final class SynonymDictionary {

    public static final String BUNDLED = "/synonyms/synonyms-id.txt";

    /** What one load produced: the analyzer queries use, and facts for operators. */
    public record Loaded(Analyzer queryAnalyzer, int entries, String source, Instant loadedAt) {}

    private final Path file; // null: the bundled file
    private volatile Loaded current;
    private volatile long lastModified;

    public SynonymDictionary(Path file) {
        this.file = file;
        reload();
    }

    public Analyzer queryAnalyzer() {
        return current.queryAnalyzer();
    }

    public Loaded current() {
        return current;
    }

    /** Reads the file again; a broken file keeps the previous dictionary and reports why. */
    public synchronized Loaded reload() {
        try {
            long modified = file == null ? 0 : Files.getLastModifiedTime(file).toMillis();
            List<String> lines;
            if (file == null) {
                try (InputStream in = SynonymDictionary.class.getResourceAsStream(BUNDLED)) {
                    if (in == null) {
                        throw new IllegalStateException("Bundled synonym file " + BUNDLED + " is missing");
                    }
                    lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
                }
            } else {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            }
            List<Entry> entries = parse(lines);
            SynonymMap map = build(entries);
            Loaded loaded = new Loaded(IndonesianTextAnalyzer.forQueries(map), entries.size(),
                    file == null ? "classpath:" + BUNDLED : file.toString(), Instant.now());
            Loaded previous = current;
            current = loaded;
            lastModified = modified;
            if (previous != null) {
                previous.queryAnalyzer().close();
            }
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the synonym dictionary: " + e.getMessage(), e);
        }
    }

    /** Reloads when the watched file changed since the last load. */
    public boolean reloadIfChanged() {
        if (file == null) {
            return false;
        }
        try {
            if (Files.getLastModifiedTime(file).toMillis() != lastModified) {
                reload();
                return true;
            }
        } catch (IOException e) {
            // the file is being replaced; try again next time
        }
        return false;
    }

    record Entry(List<String> from, List<String> to, boolean equivalent) {}

    static List<Entry> parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash).strip();
            }
            if (line.isEmpty()) {
                continue;
            }
            String[] sides = line.split("=>", -1);
            if (sides.length > 2) {
                throw new IllegalArgumentException("Synonym line " + number + " has more than one '=>': " + raw);
            }
            List<String> left = terms(sides[0]);
            List<String> right = sides.length == 2 ? terms(sides[1]) : left;
            if (left.isEmpty() || right.isEmpty() || (sides.length == 1 && left.size() < 2)) {
                throw new IllegalArgumentException("Synonym line " + number + " needs at least two terms: " + raw);
            }
            entries.add(new Entry(left, right, sides.length == 1));
        }
        return entries;
    }

    private static List<String> terms(String side) {
        List<String> terms = new ArrayList<>();
        for (String term : side.split(",")) {
            String normalized = normalize(term);
            if (!normalized.isEmpty() && !terms.contains(normalized)) {
                terms.add(normalized);
            }
        }
        return terms;
    }

    /** Lower case, words split where the tokenizer splits them, stop words dropped; words joined by one space. */
    static String normalize(String term) {
        List<String> words = new ArrayList<>();
        for (String word : term.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !IndonesianTextAnalyzer.STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    private static SynonymMap build(List<Entry> entries) throws IOException {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        for (Entry entry : entries) {
            for (String from : entry.from()) {
                for (String to : entry.to()) {
                    if (!from.equals(to)) {
                        builder.add(chars(from), chars(to), true);
                    }
                }
            }
        }
        return builder.build();
    }

    private static CharsRef chars(String words) {
        return SynonymMap.Builder.join(words.split(" "), new CharsRefBuilder());
    }
}
