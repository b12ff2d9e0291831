package id.newsroom.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

import id.newsroom.search.analysis.SynonymDictionary;
import id.newsroom.search.config.SearchProperties;
import id.newsroom.search.indexing.ArticleFields;
import id.newsroom.search.indexing.IndexStore;

/**
 * Answers searches on the live index: the people's query, filters, relevance with a recency boost (or newest
 * first), category facet counts and highlighted snippets; a relevance search visits the matches once.
 */
public class SearchService {

    static final int RESCORE_WINDOW = 50;

    private final IndexStore store;
    private final SynonymDictionary synonyms;
    private final SearchProperties.Query limits;
    private final Timer latency;
    private final DistributionSummary hitsPerQuery;
    private final Counter zeroResults;
    private final ResultCache cache;
    private final HitDocuments documents;

    public SearchService(IndexStore store, SynonymDictionary synonyms, SearchProperties.Query limits,
            HitDocuments documents, MeterRegistry registry) {
        this.documents = documents;
        this.store = store;
        this.synonyms = synonyms;
        this.limits = limits;
        this.cache = new ResultCache(limits.getCacheSize());
        this.latency = Timer.builder("news.search.query").description("Search query latency")
                .publishPercentileHistogram().register(registry);
        this.hitsPerQuery = DistributionSummary.builder("news.search.query.hits")
                .description("Total hits per search query").register(registry);
        this.zeroResults = Counter.builder("news.search.zero.result.queries")
                .description("Searches that found nothing").register(registry);
    }

    public SearchResponse search(SearchRequest request) {
        long start = System.nanoTime();
        PeopleQuery people = PeopleQuery.parse(request.q(), limits.getMaxLength(), limits.getMaxTerms());
        if (request.page() * request.size() > limits.getMaxDepth()) {
            throw new BadQueryException("page * size may be at most " + limits.getMaxDepth() + "; narrow the search");
        }
        SynonymDictionary.Loaded dictionary = synonyms.current();
        TextQueries.Parts parts = TextQueries.build(people, dictionary.queryAnalyzer());
        boolean blank = request.q() == null || request.q().isBlank();
        if (!blank && parts.isEmpty()) {
            // Only stop words or punctuation: nothing to look for.
            return record(start, new SearchResponse(0, 0, List.of(), Map.of("category", List.of())));
        }
        try {
            SearchResponse response = store.withSearcher(searcher -> {
                Object reader = searcher.getIndexReader();
                SearchResponse cached = cache.get(reader, dictionary, request);
                if (cached != null) {
                    return new SearchResponse(cached.total(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                            cached.hits(), cached.facets());
                }
                Result result = run(searcher, request, parts);
                SearchResponse fresh = respond(searcher, request, parts, result, start);
                cache.put(reader, dictionary, request, fresh);
                return fresh;
            });
            return record(start, response);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("q expands to too many terms; use fewer or more specific words");
        } catch (IOException e) {
            throw new IllegalStateException("search index unavailable", e);
        }
    }

    private record Result(TopDocs top, long total, Map<String, Integer> facets) {
    }

    private Result run(IndexSearcher searcher, SearchRequest request, TextQueries.Parts parts) throws IOException {
        int depth = request.page() * request.size();
        boolean newest = request.sort() == SearchRequest.Sort.NEWEST || !parts.hasWanted();
        return newest ? countThenSort(searcher, request, parts, depth) : rank(searcher, request, parts, depth);
    }

    /**
     * Relevance: one scored pass over every match yields the category counts, the exact total and the top hits by the
     * catch-all field. A pass that skips what cannot reach the top still needs a counting pass beside it, and on news
     * text, where the stories of a topic score alike, it skipped little: the two passes cost more than this one. The
     * title's bonus is then added to the best {@value #RESCORE_WINDOW} only (as Elasticsearch's rescore does): scoring
     * it for every match cost a third of the search. The window does not depend on the page, so paging stays stable.
     */
    private Result rank(IndexSearcher searcher, SearchRequest request, TextQueries.Parts parts, int depth)
            throws IOException {
        long now = System.currentTimeMillis();
        BooleanQuery.Builder ranking = new BooleanQuery.Builder().add(parts.query(), Occur.MUST);
        addFilters(ranking, request, parts);
        TopScoreDocCollector top = new TopScoreDocCollectorManager(Math.max(depth, RESCORE_WINDOW), null,
                Integer.MAX_VALUE, false).newCollector();
        CategoryFacetCollector counter = new CategoryFacetCollector(request.category(), top);
        searcher.search(recency(ranking.build(), now), counter);
        Map<String, Integer> facets = counter.counts();
        TopDocs first = top.topDocs();
        TopDocs ranked = parts.boost() == null ? first : withTitleBonus(searcher, first, recency(parts.boost(), now));
        ScoreDoc[] hits = Arrays.copyOf(ranked.scoreDocs, Math.min(depth, ranked.scoreDocs.length));
        return new Result(new TopDocs(ranked.totalHits, hits), counter.total(facets), facets);
    }

    private Query recency(Query query, long now) {
        return new RecencyBoostQuery(query, now, limits.getRecencyWeight(), limits.getRecencyHalfLife().toMillis());
    }

    /** The window re-ranked with the bonus added to each score; the matches after it keep their order. */
    private static TopDocs withTitleBonus(IndexSearcher searcher, TopDocs first, Query bonus) throws IOException {
        int window = Math.min(RESCORE_WINDOW, first.scoreDocs.length);
        TopDocs head = new TopDocs(first.totalHits, Arrays.copyOf(first.scoreDocs, window));
        TopDocs rescored = QueryRescorer.rescore(searcher, head, bonus, 1, window);
        ScoreDoc[] all = Arrays.copyOf(rescored.scoreDocs, first.scoreDocs.length);
        System.arraycopy(first.scoreDocs, window, all, window, first.scoreDocs.length - window);
        return new TopDocs(first.totalHits, all);
    }

    /** Newest first: count every match without scores, then let the sort skip what cannot be among the newest. */
    private Result countThenSort(IndexSearcher searcher, SearchRequest request, TextQueries.Parts parts, int depth)
            throws IOException {
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        if (parts.hasWanted()) {
            parts.wanted().forEach(wanted -> matching.add(wanted, Occur.FILTER));
        } else {
            matching.add(new MatchAllDocsQuery(), Occur.FILTER);
        }
        parts.excluded().forEach(excluded -> matching.add(excluded, Occur.MUST_NOT));
        addFilters(matching, request, parts);
        CategoryFacetCollector counter = new CategoryFacetCollector(request.category(), null);
        searcher.search(matching.build(), counter);
        Map<String, Integer> facets = counter.counts();
        long total = counter.total(facets);
        if (total == 0) {
            return new Result(new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]), 0, facets);
        }
        if (request.category() != null) {
            matching.add(new TermQuery(new Term(ArticleFields.CATEGORY, request.category())), Occur.FILTER);
        }
        Sort sort = new Sort(new SortField(ArticleFields.PUBLISHED_AT, SortField.Type.LONG, true));
        TopDocs top = searcher.search(matching.build(), new TopFieldCollectorManager(sort, depth, null, depth, false));
        return new Result(top, total, facets);
    }

    private static void addFilters(BooleanQuery.Builder query, SearchRequest request, TextQueries.Parts parts) {
        if (!parts.hasWanted()) {
            // Tombstones carry no text, so wanted words already keep them out; one clause less for every match.
            query.add(new TermQuery(ArticleFields.VISIBLE_TERM), Occur.FILTER);
        }
        if (request.tag() != null) {
            query.add(new TermQuery(new Term(ArticleFields.TAG, ArticleFields.normalizeKeyword(request.tag()))),
                    Occur.FILTER);
        }
        if (request.author() != null) {
            query.add(new TermQuery(new Term(ArticleFields.AUTHOR, request.author())), Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli();
            query.add(LongPoint.newRangeQuery(ArticleFields.PUBLISHED_AT, from, to), Occur.FILTER);
        }
    }

    private SearchResponse respond(IndexSearcher searcher, SearchRequest request, TextQueries.Parts parts,
            Result result, long start) throws IOException {
        int from = (request.page() - 1) * request.size();
        ScoreDoc[] all = result.top().scoreDocs;
        int to = Math.min(all.length, from + request.size());
        List<SearchResponse.Hit> hits = new ArrayList<>();
        if (from < to) {
            ScoreDoc[] page = Arrays.copyOfRange(all, from, to);
            boolean scored = request.sort() == SearchRequest.Sort.RELEVANCE && parts.hasWanted();
            int[] docIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
            HitDocument[] docs = documents.load(searcher, docIds); // one read per hit serves hit and snippet
            String[] snippets = parts.hasWanted() ? Snippets.marked(searcher, parts.highlight(), docIds, docs) : null;
            for (int i = 0; i < page.length; i++) {
                hits.add(docs[i].toHit(snippets == null ? Snippets.plain(docs[i]) : snippets[i],
                        scored ? page[i].score : null));
            }
        }
        List<SearchResponse.FacetBucket> buckets = new ArrayList<>();
        result.facets().forEach((key, count) -> {
            int cut = key.indexOf(ArticleFields.FACET_SEPARATOR);
            buckets.add(new SearchResponse.FacetBucket(key.substring(0, cut), key.substring(cut + 1), count));
        });
        buckets.sort(Comparator.comparingLong(SearchResponse.FacetBucket::count).reversed()
                .thenComparing(SearchResponse.FacetBucket::slug));
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return new SearchResponse(result.total(), took, hits, Map.of("category", buckets));
    }

    private SearchResponse record(long start, SearchResponse response) {
        latency.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        hitsPerQuery.record(response.total());
        if (response.total() == 0) {
            zeroResults.increment();
        }
        return response;
    }
}
