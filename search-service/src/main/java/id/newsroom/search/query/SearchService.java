package id.newsroom.search.query;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import id.newsroom.search.analysis.SynonymDictionary;
import id.newsroom.search.config.SearchProperties;
import id.newsroom.search.indexing.ArticleFields;
import id.newsroom.search.indexing.IndexGeneration;
import id.newsroom.search.indexing.IndexStore;

/**
 * Answers searches on the live index: the people's query, filters, relevance with a recency boost (or newest
 * first), category facet counts and highlighted snippets, in one pass over the matches.
 */
public class SearchService {

    private static final Set<String> HIT_FIELDS = Set.of(ArticleFields.ID, ArticleFields.SLUG, ArticleFields.TITLE,
            ArticleFields.SUMMARY, ArticleFields.CATEGORY, ArticleFields.CATEGORY_NAME, ArticleFields.AUTHOR,
            ArticleFields.AUTHOR_NAME, ArticleFields.TAGS_STORED, ArticleFields.PUBLISHED_AT);
    private static final int SNIPPET_CHARS = 220;

    private final IndexStore store;
    private final SynonymDictionary synonyms;
    private final SearchProperties.Query limits;
    private final Timer latency;
    private final DistributionSummary hitsPerQuery;
    private final Counter zeroResults;
    private final ResultCache cache;

    public SearchService(IndexStore store, SynonymDictionary synonyms, SearchProperties.Query limits,
            MeterRegistry registry) {
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
        // Pass 1, no scores: exact total and category facet counts over every match.
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        if (parts.hasWanted()) {
            parts.wanted().forEach(wanted -> matching.add(wanted, Occur.FILTER));
        } else {
            matching.add(new MatchAllDocsQuery(), Occur.FILTER);
        }
        parts.excluded().forEach(excluded -> matching.add(excluded, Occur.MUST_NOT));
        addFilters(matching, request);
        CategoryFacetCollector counter = new CategoryFacetCollector(request.category());
        searcher.search(matching.build(), counter);
        Map<String, Integer> facets = counter.counts();
        long total = counter.total(facets);

        // Pass 2: only the top hits, so Lucene may skip what cannot reach them.
        int depth = request.page() * request.size();
        if (total == 0) {
            return new Result(new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]), 0, facets);
        }
        BooleanQuery.Builder ranking = new BooleanQuery.Builder();
        if (parts.hasWanted()) {
            ranking.add(parts.query(), Occur.MUST);
        } else {
            ranking.add(new MatchAllDocsQuery(), Occur.MUST);
            parts.excluded().forEach(excluded -> ranking.add(excluded, Occur.MUST_NOT));
        }
        addFilters(ranking, request);
        if (request.category() != null) {
            ranking.add(new TermQuery(new Term(ArticleFields.CATEGORY, request.category())), Occur.FILTER);
        }
        boolean newest = request.sort() == SearchRequest.Sort.NEWEST || !parts.hasWanted();
        TopDocs top;
        if (newest) {
            Sort sort = new Sort(new SortField(ArticleFields.PUBLISHED_AT, SortField.Type.LONG, true));
            top = searcher.search(ranking.build(), new TopFieldCollectorManager(sort, depth, null, depth, false));
        } else {
            Query ranked = new RecencyBoostQuery(ranking.build(), System.currentTimeMillis(),
                    limits.getRecencyWeight(), limits.getRecencyHalfLife().toMillis());
            top = searcher.search(ranked, new TopScoreDocCollectorManager(depth, null, depth, false));
        }
        return new Result(top, total, facets);
    }

    private static void addFilters(BooleanQuery.Builder query, SearchRequest request) {
        query.add(new TermQuery(ArticleFields.VISIBLE_TERM), Occur.FILTER);
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
            ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, to);
            String[] snippets = snippets(searcher, parts, page);
            boolean scored = request.sort() == SearchRequest.Sort.RELEVANCE && parts.hasWanted();
            StoredFields stored = searcher.storedFields(); // one reader: neighbouring hits share a decompressed block
            for (int i = 0; i < page.length; i++) {
                Document doc = stored.document(page[i].doc, HIT_FIELDS);
                hits.add(hit(doc, snippets[i], scored ? page[i].score : null));
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

    /** Body passage with the matches marked, else the summary's; HTML-escaped around the marks. */
    private String[] snippets(IndexSearcher searcher, TextQueries.Parts parts, ScoreDoc[] page) throws IOException {
        String[] result = new String[page.length];
        if (!parts.hasWanted()) {
            StoredFields stored = searcher.storedFields();
            for (int i = 0; i < page.length; i++) {
                String summary = stored.document(page[i].doc, Set.of(ArticleFields.SUMMARY))
                        .get(ArticleFields.SUMMARY);
                result[i] = Html.escape(Html.shorten(summary == null ? "" : summary, SNIPPET_CHARS));
            }
            return result;
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, IndexGeneration.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(10_000)
                .withFieldMatcher(field -> true) // the query speaks of the catch-all field; mark its terms anywhere
                .withBreakIterator(() -> java.text.BreakIterator.getSentenceInstance(java.util.Locale.ROOT))
                .build();
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        String[] body = highlighter.highlightFields(new String[] {ArticleFields.BODY}, parts.highlight(), docIds,
                new int[] {1}).get(ArticleFields.BODY);
        // The summary only for stories whose body does not show the match.
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            if (body == null || body[i] == null || !body[i].contains("<mark>")) {
                missing.add(i);
            }
        }
        String[] summary = new String[page.length];
        if (!missing.isEmpty()) {
            int[] missingIds = missing.stream().mapToInt(i -> docIds[i]).toArray();
            String[] found = highlighter.highlightFields(new String[] {ArticleFields.SUMMARY}, parts.highlight(),
                    missingIds, new int[] {1}).get(ArticleFields.SUMMARY);
            for (int m = 0; m < missing.size(); m++) {
                summary[missing.get(m)] = found == null ? null : found[m];
            }
        }
        for (int i = 0; i < page.length; i++) {
            String b = body == null ? null : body[i];
            String s = summary[i];
            if (b != null && b.contains("<mark>")) {
                result[i] = Html.shortenMarked(b, SNIPPET_CHARS);
            } else if (s != null && !s.isBlank()) {
                result[i] = Html.shortenMarked(s, SNIPPET_CHARS);
            } else {
                result[i] = b == null ? "" : Html.shortenMarked(b, SNIPPET_CHARS);
            }
        }
        return result;
    }

    static SearchResponse.Hit hit(Document doc, String snippet, Float score) {
        IndexableField published = doc.getField(ArticleFields.PUBLISHED_AT);
        return new SearchResponse.Hit(
                doc.get(ArticleFields.ID),
                doc.get(ArticleFields.SLUG),
                doc.get(ArticleFields.TITLE),
                snippet,
                new SearchResponse.Category(doc.get(ArticleFields.CATEGORY), doc.get(ArticleFields.CATEGORY_NAME)),
                new SearchResponse.Author(doc.get(ArticleFields.AUTHOR), doc.get(ArticleFields.AUTHOR_NAME)),
                List.of(doc.getValues(ArticleFields.TAGS_STORED)),
                published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()),
                score);
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
