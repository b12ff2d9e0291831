package id.newsroom.search.query;

import java.util.LinkedHashMap;
import java.util.Map;

import id.newsroom.search.query.api.SearchRequest;
import id.newsroom.search.query.api.SearchResponse;

/**
 * Answers to repeated searches, valid for exactly one index reader and one synonym dictionary: any refresh (a new
 * event became visible), generation swap or dictionary reload starts an empty cache, so it never serves anything
 * older than what the index itself would. News searches repeat a lot ("banjir", "ppdb", "pilkada").
 */
final class ResultCache {

    private final int capacity;
    private final LinkedHashMap<SearchRequest, SearchResponse> entries;
    private Object reader;
    private Object dictionary;

    ResultCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResponse> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    synchronized SearchResponse get(Object reader, Object dictionary, SearchRequest request) {
        if (capacity <= 0) {
            return null;
        }
        if (reader != this.reader || dictionary != this.dictionary) {
            entries.clear();
            this.reader = reader;
            this.dictionary = dictionary;
            return null;
        }
        return entries.get(request);
    }

    synchronized void put(Object reader, Object dictionary, SearchRequest request, SearchResponse response) {
        if (capacity > 0 && reader == this.reader && dictionary == this.dictionary) {
            entries.put(request, response);
        }
    }
}
