package id.newsroom.search.indexing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * Operators' handle on the index: {@code GET /actuator/searchindex} shows it, {@code POST /actuator/searchindex}
 * starts a full rebuild from offset 0 beside the live index (swapped in when complete).
 */
@Endpoint(id = "searchindex")
public class SearchIndexEndpoint {

    private final IndexingService indexing;

    public SearchIndexEndpoint(IndexingService indexing) {
        this.indexing = indexing;
    }

    @ReadOperation
    public Map<String, Object> status() {
        IndexGeneration live = indexing.store().current();
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("generation", live.name());
        status.put("path", live.path().toString());
        status.put("documents", live.visibleDocuments());
        status.put("sizeBytes", live.sizeBytes());
        status.put("lag", indexing.consumer().lag());
        status.put("committedOffsets", live.committedOffsets());
        status.put("reindex", indexing.rebuild().status());
        return status;
    }

    @WriteOperation
    public Map<String, Object> reindex() {
        boolean started = indexing.rebuild().start();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("started", started);
        answer.put("reindex", indexing.rebuild().status());
        return answer;
    }
}
