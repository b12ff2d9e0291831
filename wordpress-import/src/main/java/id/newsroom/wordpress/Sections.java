package id.newsroom.wordpress;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Which newsroom section a WordPress category goes to. By default the section with the same slug or the same name;
 * a mapping file can say otherwise:
 * <pre>
 * default: pemerintahan        # where categories without a section go (else the first section)
 * categories:
 *   berita-daerah: pemerintahan   # WordPress category slug (or name) -> section slug
 *   ekonomi: bisnis
 * </pre>
 */
final class Sections {

    private final Map<String, String> sectionsBySlug; // slug -> name, as article-service lists them
    private final Map<String, String> mapping = new LinkedHashMap<>();
    private final String fallback;
    /** Categories that had no section, with how many posts went to the default because of them. */
    final Map<String, Integer> unmapped = new TreeMap<>();

    Sections(Map<String, String> sectionsBySlug, Map<String, String> mapping, String fallback) {
        if (sectionsBySlug.isEmpty()) {
            throw new IllegalArgumentException("article-service lists no sections");
        }
        this.sectionsBySlug = sectionsBySlug;
        mapping.forEach((k, v) -> this.mapping.put(k.toLowerCase(Locale.ROOT), v));
        this.fallback = fallback != null ? fallback : sectionsBySlug.keySet().iterator().next();
        for (String target : this.mapping.values()) {
            requireKnown(target, "the mapping file maps a category to");
        }
        requireKnown(this.fallback, "the mapping file's default is");
    }

    /** Reads a mapping file; {@code null} means no file (defaults only). */
    static Sections load(Path file, Map<String, String> sectionsBySlug) throws IOException {
        if (file == null) {
            return new Sections(sectionsBySlug, Map.of(), null);
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(loaded instanceof Map<?, ?> root)) {
                throw new IllegalArgumentException(file + ": expected 'default:' and 'categories:' keys");
            }
            Map<String, String> mapping = new LinkedHashMap<>();
            if (root.get("categories") instanceof Map<?, ?> categories) {
                categories.forEach((k, v) -> mapping.put(String.valueOf(k), String.valueOf(v)));
            }
            Object fallback = root.get("default");
            return new Sections(sectionsBySlug, mapping, fallback == null ? null : String.valueOf(fallback));
        }
    }

    /** The section of a post from its categories, in their order; the default (with a warning) when none fits. */
    String sectionOf(List<WxrItem.Term> categories) {
        for (WxrItem.Term c : categories) {
            String found = find(c);
            if (found != null) {
                return found;
            }
        }
        String label = categories.isEmpty()
                ? "(no category)"
                : categories.get(0).name() + " ("
                        + categories.get(0).nicename() + ")";
        unmapped.merge(label, 1, Integer::sum);
        return fallback;
    }

    String fallback() {
        return fallback;
    }

    private String find(WxrItem.Term c) {
        for (String key : new String[]{c.nicename(), c.name()}) {
            if (key == null) {
                continue;
            }
            String mapped = mapping.get(key.toLowerCase(Locale.ROOT));
            if (mapped != null) {
                return mapped;
            }
        }
        for (Map.Entry<String, String> s : sectionsBySlug.entrySet()) {
            if (s.getKey().equals(c.nicename()) || s.getValue().equalsIgnoreCase(String.valueOf(c.name()).trim())) {
                return s.getKey();
            }
        }
        return null;
    }

    private void requireKnown(String section, String what) {
        if (!sectionsBySlug.containsKey(section)) {
            throw new IllegalArgumentException(what + " '" + section + "', which is not a section; sections: "
                    + sectionsBySlug.keySet());
        }
    }
}
