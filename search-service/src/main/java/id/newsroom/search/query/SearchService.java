package id.newsroom.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

import id.newsroom.search.analysis.SynonymDictionary;
import id.newsroom.search.config.SearchProperties;
import id.newsroom.search.indexing.ArticleFields;
import id.newsroom.search.indexing.IndexStore;
import id.newsroom.search.query.api.BadQueryException;
import id.newsroom.search.query.api.SearchRequest;
import id.newsroom.search.query.api.SearchResponse;
import id.newsroom.search.query.hits.HitDocument;
import id.newsroom.search.query.hits.HitDocuments;
import id.newsroom.search.query.ranking.CategoryFacetCollector;
import id.newsroom.search.query.ranking.RelevanceRanking;
import id.newsroom.search.query.snippets.Snippets;
import id.newsroom.search.query.text.PeopleQuery;
import id.newsroom.search.query.text.SpellCorrector;
import id.newsroom.search.query.text.TextQueries;

/**
 * Answers searches on the live index: the people's query (unknown words corrected), filters, relevance (full
 * matches, then partial ones; {@link RelevanceRanking}) or newest first, category facet counts and highlighted
 * snippets.
 */
public class SearchService {

    private final IndexStore store;
    private final SynonymDictionary synonyms;
    private final SearchProperties.Query limits;
    private final Timer latency;
    private final DistributionSummary hitsPerQuery;
    private final Counter zeroResults;
    private final Counter partialOnly;
    private final Counter corrected;
    private final ResultCache<SearchRequest, SearchResponse> cache;
    private final HitDocuments documents;
    private final RelevanceRanking ranking;

    public SearchService(IndexStore store, SynonymDictionary synonyms, SearchProperties.Query limits,
            HitDocuments documents, MeterRegistry registry) {
        this.documents = documents;
        this.store = store;
        this.synonyms = synonyms;
        this.limits = limits;
        this.cache = new ResultCache<>("search_results", limits.cacheSize(), limits.cacheRevalidation(), registry);
        this.ranking = new RelevanceRanking(limits, registry);
        this.latency = Timer.builder("news.search.query").description("Search query latency")
                .publishPercentileHistogram().register(registry);
        this.hitsPerQuery = DistributionSummary.builder("news.search.query.hits")
                .description("Total hits per search query").register(registry);
        this.zeroResults = Counter.builder("news.search.zero.result.queries")
                .description("Searches that found nothing").register(registry);
        this.partialOnly = Counter.builder("news.search.partial.only.queries")
                .description("Searches without a story holding every word, answered by partial matches")
                .register(registry);
        this.corrected = Counter.builder("news.search.corrected.queries")
                .description("Searches whose unknown words were corrected (did you mean)").register(registry);
    }

    public SearchResponse search(SearchRequest request) {
        long start = System.nanoTime();
        PeopleQuery people = PeopleQuery.parse(request.q(), limits.maxLength(), limits.maxTerms());
        if (request.page() * request.size() > limits.maxDepth()) {
            throw new BadQueryException("page * size may be at most " + limits.maxDepth() + "; narrow the search");
        }
        SynonymDictionary.Loaded dictionary = synonyms.current();
        boolean blank = request.q() == null || request.q().isBlank();
        try {
            SearchResponse response = store.withGeneration((generation, searcher) -> {
                SearchResponse cached = cache.get(generation, dictionary, searcher, request);
                if (cached != null) {
                    return cached.took(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                }
                // Analysed after the cache: for a repeated search the words' analysis was most of its cost.
                TextQueries.Parts parts = TextQueries.build(people, dictionary.queryAnalyzer());
                if (!blank && parts.isEmpty()) {
                    return SearchResponse.empty(); // only stop words or punctuation: nothing to look for
                }
                TextQueries.Parts asked = parts;
                RelevanceRanking.Ranked result = run(searcher, request, asked);
                // A word that matches nothing leaves no full match, so only then is there anything to correct:
                // the spelling check (a docFreq per word, an edit automaton per unknown one) is skipped otherwise.
                boolean spellChecked = result.full() == 0 && parts.hasWanted();
                PeopleQuery corrected = spellChecked
                        ? SpellCorrector.correct(searcher.getIndexReader(), people, dictionary.queryAnalyzer())
                        : null;
                if (corrected != null) {
                    asked = TextQueries.build(corrected, dictionary.queryAnalyzer());
                    result = run(searcher, request, asked);
                }
                SearchResponse fresh = respond(searcher, request, asked, result, start,
                        corrected == null ? null : SpellCorrector.text(corrected));
                cache.put(generation, dictionary, searcher, request, fresh,
                        validity(request, asked, result, spellChecked, fresh));
                return fresh;
            });
            return record(start, response);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("q expands to too many terms; use fewer or more specific words");
        } catch (IOException e) {
            throw new IllegalStateException("search index unavailable", e);
        }
    }

    /**
     * What the answer depends on, for {@link ResultCache}: the stories it shows, and the query and filters of every
     * story it was taken from (full matches, and partial ones when they were ranked; the category filter is left out
     * as the facets count every category). After a spelling check the vocabulary of the whole index decided the
     * answer, so any change recomputes it.
     */
    private ResultCache.Validity validity(SearchRequest request, TextQueries.Parts parts,
            RelevanceRanking.Ranked result, boolean spellChecked, SearchResponse response) {
        Set<String> shown = new HashSet<>();
        response.hits().forEach(hit -> shown.add(hit.articleId()));
        if (spellChecked) {
            return new ResultCache.Validity(shown, null);
        }
        Query reach;
        if (request.sort() == SearchRequest.Sort.NEWEST || !parts.hasWanted()) {
            reach = matching(request, parts).build();
        } else {
            boolean partialsRanked = parts.partialMinimum() > 0 && (result.partial() > 0
                    || (!result.approximate() && result.full() < limits.partialBelow()));
            BooleanQuery.Builder builder = new BooleanQuery.Builder()
                    .add(partialsRanked ? parts.fullOrPartialQuery() : parts.query(), Occur.MUST);
            Query filters = filters(request, parts);
            if (filters != null) {
                builder.add(filters, Occur.FILTER);
            }
            reach = builder.build();
        }
        return new ResultCache.Validity(Set.copyOf(shown), reach);
    }

    private RelevanceRanking.Ranked run(IndexSearcher searcher, SearchRequest request, TextQueries.Parts parts)
            throws IOException {
        int depth = request.page() * request.size();
        boolean newest = request.sort() == SearchRequest.Sort.NEWEST || !parts.hasWanted();
        return newest
                ? countThenSort(searcher, request, parts, depth)
                : ranking.rank(searcher, request, parts, filters(request, parts), depth);
    }

    /** Newest first: count every match without scores, then let the sort skip what cannot be among the newest. */
    private RelevanceRanking.Ranked countThenSort(IndexSearcher searcher, SearchRequest request,
            TextQueries.Parts parts, int depth) throws IOException {
        BooleanQuery.Builder matching = matching(request, parts);
        CategoryFacetCollector counter = new CategoryFacetCollector(request.category(), null);
        searcher.search(matching.build(), counter);
        Map<String, Integer> facets = counter.counts();
        long total = counter.total(facets);
        if (total == 0) {
            return new RelevanceRanking.Ranked(new ScoreDoc[0], 0, 0, false, facets);
        }
        if (request.category() != null) {
            matching.add(new TermQuery(new Term(ArticleFields.CATEGORY, request.category())), Occur.FILTER);
        }
        // The index's own order: each segment stops after its first `depth` matches.
        TopDocs top = searcher.search(matching.build(),
                new TopFieldCollectorManager(ArticleFields.NEWEST_FIRST, depth, null, depth, false));
        return new RelevanceRanking.Ranked(top.scoreDocs, total, 0, false, facets);
    }

    /** The matches of a newest-first listing (every unit, no exclusion, the filters but the category). */
    private static BooleanQuery.Builder matching(SearchRequest request, TextQueries.Parts parts) {
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        if (parts.hasWanted()) {
            parts.units().forEach(unit -> matching.add(unit, Occur.FILTER));
        } else {
            matching.add(new MatchAllDocsQuery(), Occur.FILTER);
        }
        parts.excluded().forEach(excluded -> matching.add(excluded, Occur.MUST_NOT));
        Query filters = filters(request, parts);
        if (filters != null) {
            matching.add(filters, Occur.FILTER);
        }
        return matching;
    }

    /** The request's filters as one query (null: none); the category is applied by the facet collector. */
    private static Query filters(SearchRequest request, TextQueries.Parts parts) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
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
        BooleanQuery built = query.build();
        return built.clauses().isEmpty() ? null : built;
    }

    private SearchResponse respond(IndexSearcher searcher, SearchRequest request, TextQueries.Parts parts,
            RelevanceRanking.Ranked result, long start, String didYouMean) throws IOException {
        int from = (request.page() - 1) * request.size();
        ScoreDoc[] all = result.hits();
        int to = Math.min(all.length, from + request.size());
        List<SearchResponse.Hit> hits = new ArrayList<>();
        if (from < to) {
            ScoreDoc[] page = Arrays.copyOfRange(all, from, to);
            boolean scored = request.sort() == SearchRequest.Sort.RELEVANCE && parts.hasWanted();
            int[] docIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
            HitDocument[] docs = documents.load(searcher, docIds); // one read per hit serves hit and snippet
            String[] snippets = parts.hasWanted() ? Snippets.marked(searcher, parts.highlight(), docIds, docs) : null;
            for (int i = 0; i < page.length; i++) {
                String match = !parts.hasWanted() ? null : from + i < result.full() ? "full" : "partial";
                hits.add(docs[i].toHit(snippets == null ? Snippets.plain(docs[i]) : snippets[i],
                        scored ? page[i].score : null, match));
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
        String relation = result.approximate() ? SearchResponse.AT_LEAST : SearchResponse.EXACT;
        return new SearchResponse(result.full() + result.partial(), relation, took,
                hits, Map.of("category", buckets), new SearchResponse.Matches(result.full(), result.partial()),
                didYouMean);
    }

    private SearchResponse record(long start, SearchResponse response) {
        latency.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        hitsPerQuery.record(response.total());
        if (response.total() == 0) {
            zeroResults.increment();
        } else if (response.matches().full() == 0) {
            partialOnly.increment();
        }
        if (response.didYouMean() != null) {
            corrected.increment();
        }
        return response;
    }
}
