package id.newsroom.infra.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One operation of a service: method, path template ({@code /api/articles/{id}}), its query parameters and whether
 * it takes a body.
 */
public record Endpoint(String method, String path, List<String> queryParameters, boolean body) {

    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    public static Endpoint get(String path, String... queryParameters) {
        return new Endpoint("GET", path, List.of(queryParameters), false);
    }

    /** Every operation of an OpenAPI 3 document ({@code /v3/api-docs}). */
    public static List<Endpoint> fromOpenApi(JsonNode document) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                List<String> query = new ArrayList<>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    if (parameter.path("in").asString().equals("query")) {
                        query.add(parameter.path("name").asString());
                    }
                }
                endpoints.add(new Endpoint(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), query,
                        operation.getValue().has("requestBody")));
            }
        }
        return endpoints;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
