package id.newsroom.search.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The 100,000 generated stories {@code QueryCostProbe} searches, and its queries, for probes that measure one component
 * (same {@code -Dbench.corpus} and {@code -Dprobe.dir}, so the index built by one probe serves the others).
 */
public final class ProbeIndex {

    /** CPU time of the probing thread: on a shared machine it varies far less than wall time. */
    public static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ProbeIndex() {}

    /** The index (built on first use) and {@code queries} of the probe's queries. */
    public static TestIndex open(int queries, List<String> into) {
        CorpusGenerator.Style style = CorpusGenerator.Style.valueOf(
                System.getProperty("bench.corpus", "news").toUpperCase(Locale.ROOT));
        Path dir = Path.of(System.getProperty("probe.dir", "target/probe-index-" + style));
        boolean fresh = !Files.exists(dir);
        CorpusGenerator generator = new CorpusGenerator(42, style);
        TestIndex index = new TestIndex(dir);
        for (int i = 0; i < 100_000; i++) {
            var article = generator.next(i); // also when the index exists: the queries follow the same sequence
            if (fresh) {
                index.add(article);
            }
        }
        index.refresh();
        into.addAll(generator.queries(queries));
        return index;
    }
}
