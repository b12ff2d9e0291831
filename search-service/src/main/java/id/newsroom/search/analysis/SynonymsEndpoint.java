package id.newsroom.search.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/** {@code GET /actuator/synonyms} shows the loaded dictionary; {@code POST} reloads it from its file. */
@Endpoint(id = "synonyms")
public class SynonymsEndpoint {

    private final SynonymDictionary dictionary;

    public SynonymsEndpoint(SynonymDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @ReadOperation
    public Map<String, Object> current() {
        return describe(dictionary.current());
    }

    @WriteOperation
    public Map<String, Object> reload() {
        return describe(dictionary.reload());
    }

    private static Map<String, Object> describe(SynonymDictionary.Loaded loaded) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("entries", loaded.entries());
        info.put("source", loaded.source());
        info.put("loadedAt", loaded.loadedAt().toString());
        return info;
    }
}
