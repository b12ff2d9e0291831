package id.newsroom.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.newsroom.search.support.Http;
import id.newsroom.search.support.SearchITBase;

/** Whatever people (or bots) type, the answer is 200 or a 4xx problem, never a 5xx. */
class HostileQueryIT extends SearchITBase {

    static final List<String> HOSTILE = List.of(
            "\"", "\"\"\"", "\"banjir", "banjir\"", "-", "--", "-\"\"", "!!!", "???", "...", ";;;", "*", "*:*",
            "title:x~", "title:banjir~2", "body:/.*/", "/.*/", "?anjir", "*anjir", "banjir*", "a AND OR NOT b",
            "(((((", ")))", "[a TO z]", "{!lucene}x", "\\", "\\\\\"", "+-+-+-", "&&||", "~~~", "^10", "banjir^1000",
            "%", "%00", "\u0000", "\uD83D\uDE00 banjir", "ǅǈǋ", "<script>alert(1)</script>", "' OR 1=1 --",
            "a".repeat(200), "a".repeat(201), "x".repeat(10 * 1024), "banjir ".repeat(2000),
            "a b c d e f g h i j k l", "a b c d e f g h i j k l m n o", "\"" + "kata ".repeat(39) + "\"",
            "tangsel pemkot umkm pilkada bsd krl ktp dprd apbd bpbd dishub dinkes");

    @Test
    void hostileQueriesNeverFailTheServer() {
        List<String> problems = new ArrayList<>();
        for (String q : HOSTILE) {
            for (String path : List.of("/api/search?q=", "/api/search/suggest?q=")) {
                Http.Response response = http.get(path + Http.encode(q));
                check(problems, path + shortened(q), response);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void badParametersAreProblemsWithADetail() {
        for (String query : List.of("page=0", "page=abc", "size=0", "size=1000", "sort=oldest", "from=kemarin",
                "to=2026-13-45", "from=2026-11-28&to=2026-11-01", "page=200&size=50", "size=99999999999")) {
            Http.Response response = http.get("/api/search?q=banjir&" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).as(query).startsWith("application/problem+json");
            assertThat(response.json().path("detail").asString()).as(query).isNotBlank();
        }
        Http.Response tooLong = http.get("/api/search?q=" + "x".repeat(10 * 1024));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("detail").asString()).contains("at most 200");
        assertThat(http.get("/api/search/related/" + "z".repeat(65)).status()).isEqualTo(400);
        Http.Response unknown = http.get("/api/search/related/no-such-article");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    private static void check(List<String> problems, String what, Http.Response response) {
        if (response.status() >= 500 || (response.status() != 200 && response.status() != 400)) {
            problems.add(what + " -> " + response.status() + " " + response.body());
        } else if (response.status() == 400 && !response.contentType().startsWith("application/problem+json")) {
            problems.add(what + " -> 400 without problem+json");
        }
    }

    private static String shortened(String q) {
        return q.length() > 40 ? q.substring(0, 40) + "…(" + q.length() + ")" : q;
    }
}
