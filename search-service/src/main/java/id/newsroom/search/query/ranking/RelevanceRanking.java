package id.newsroom.search.query.ranking;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

import id.newsroom.search.config.SearchProperties;
import id.newsroom.search.query.api.SearchRequest;
import id.newsroom.search.query.text.TextQueries;

/**
 * Relevance ranking: full matches (every word) first, then - when they are few - partial matches (most words),
 * each group scored by BM25 on the catch-all field times recency, its best {@value #RESCORE_WINDOW} re-ranked with
 * the bonus for matches in title, tags and section and for words close together.
 */
public final class RelevanceRanking {

    static final int RESCORE_WINDOW = 50;

    /** The hits (full ones first), the count of each kind, whether {@code full} is a lower bound, and the facets. */
    public record Ranked(ScoreDoc[] hits, long full, long partial, boolean approximate, Map<String, Integer> facets) {}

    private record Group(ScoreDoc[] hits, long total, boolean approximate, Map<String, Integer> facets) {}

    private final SearchProperties.Query settings;
    private final DenseWords denseWords;

    public RelevanceRanking(SearchProperties.Query settings, MeterRegistry registry) {
        this.settings = settings;
        this.denseWords = new DenseWords(settings.denseWordMemory().toBytes(), registry);
    }

    public Ranked rank(IndexSearcher searcher, SearchRequest request, TextQueries.Parts parts, Query filters, int depth)
            throws IOException {
        long now = System.currentTimeMillis();
        Query bonus = parts.boost() == null ? null : recency(parts.boost(), now);
        Query every = parts.query(DenseConjunctionQuery.required(searcher, parts.units(), denseWords));
        Group full = group(searcher, request, every, filters, bonus, depth, now);

        if (full.approximate() || full.total() >= settings.partialBelow() || parts.partialMinimum() == 0) {
            return new Ranked(full.hits(), full.total(), 0, full.approximate(), full.facets());
        }
        Group partial = group(searcher, request, parts.partialQuery(), filters, bonus, depth, now);
        ScoreDoc[] hits = Arrays.copyOf(full.hits(), Math.min(depth, full.hits().length + partial.hits().length));
        System.arraycopy(partial.hits(), 0, hits, full.hits().length, hits.length - full.hits().length);
        Map<String, Integer> facets = new HashMap<>(full.facets());
        partial.facets().forEach((key, count) -> facets.merge(key, count, Integer::sum));
        return new Ranked(hits, full.total(), partial.total(), partial.approximate(), facets);
    }

    /**
     * One scored pass yields the category counts, the total and the best {@code max(depth, RESCORE_WINDOW)} by BM25
     * times recency ({@link RecencyWindowCollector}: exact, unlike the former best 200 by BM25 alone reordered by
     * recency). Up to {@code exactTotalUpTo} matches every one is counted; beyond that the collector lets block-max
     * WAND skip matches that cannot reach the window, so the total and facets become lower bounds - which is what
     * keeps a query matching most of the corpus fast.
     */
    private Group group(IndexSearcher searcher, SearchRequest request, Query query, Query filters, Query bonus,
            int depth, long now) throws IOException {
        BooleanQuery.Builder ranking = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (filters != null) {
            ranking.add(filters, Occur.FILTER);
        }
        int keep = Math.max(depth, RESCORE_WINDOW);
        RecencyWindowCollector top = new RecencyWindowCollector(recency(new MatchAllDocsQuery(), now), keep,
                Math.max(keep, settings.exactTotalUpTo()), settings.maxRankedMatches());
        CategoryFacetCollector counter = new CategoryFacetCollector(request.category(), top);
        searcher.search(ranking.build(), counter);
        Map<String, Integer> facets = counter.counts();
        TopDocs first = top.topDocs();
        TopDocs ranked = bonus == null ? first : withBonus(searcher, first, bonus);
        boolean approximate = first.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
        return new Group(Arrays.copyOf(ranked.scoreDocs, Math.min(depth, ranked.scoreDocs.length)),
                counter.total(facets), approximate, facets);
    }

    private RecencyBoostQuery recency(Query query, long now) {
        return new RecencyBoostQuery(query, now, settings.recencyWeight(), settings.recencyHalfLife().toMillis());
    }

    /**
     * The window re-ranked with the bonus added to each score (as Elasticsearch's rescore does); the matches after it
     * keep their order. Scoring the bonus for every match cost a third of the search; the window does not depend on
     * the page, so paging stays stable.
     */
    private static TopDocs withBonus(IndexSearcher searcher, TopDocs first, Query bonus) throws IOException {
        return BonusRescorer.rescore(searcher, first, bonus, RESCORE_WINDOW);
    }
}
