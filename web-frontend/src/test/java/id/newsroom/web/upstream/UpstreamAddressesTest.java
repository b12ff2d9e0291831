package id.newsroom.web.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.util.unit.DataSize;
import java.util.Map;

import id.newsroom.web.StubUpstream;
import id.newsroom.web.StubUpstream.Reply;
import id.newsroom.web.config.FrontendProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the clients ask feed and search for, as the services receive it over real HTTP: every part encoded for its
 * place, and feed's redirects reported rather than followed.
 */
class UpstreamAddressesTest {

    static final String EMPTY = "{\"items\": [], \"nextCursor\": null}";

    final StubUpstream stub = new StubUpstream();
    final FrontendProperties props = new FrontendProperties("http://localhost:8080", "Newsroom", "", stub.url() + "/",
            stub.url(), stub.url(), new FrontendProperties.Upstream(Duration.ofSeconds(1), Duration.ofSeconds(2),
                    Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofMinutes(30), 100),
            new FrontendProperties.Pages(DataSize.ofMegabytes(1)), List.of("bisnis:Bisnis"));
    final UpstreamClient upstream = new UpstreamClient(props.upstream(), Clock.systemUTC());
    final JsonMapper json = JsonMapper.builder().build();
    final FeedClient feed = new FeedClient(upstream, json, props);
    final SearchClient search = new SearchClient(upstream, json, props);

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void aKeyIsOnePathSegmentAndACursorOneQueryValue() {
        stub.on("/api/feed/tags/a%2Fb%20c?limit=20&cursor=x%26y%3Dz", Reply.json(EMPTY));

        assertThat(feed.timeline("tags", "a/b c", "x&y=z", 20).items()).isEmpty();
        assertThat(stub.requests("/api/feed/tags/a%2Fb%20c?limit=20&cursor=x%26y%3Dz")).isEqualTo(1);
        assertThatThrownBy(() -> feed.timeline("tags", " ", null, 20)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPlusInTheQueryReachesSearchAsAPlusNotASpace() {
        stub.on("/api/search?q=c%2B%2B%20%26%20(x)&category=bisnis&sort=relevance&page=2&size=10",
                Reply.json("{\"total\": 0, \"hits\": [], \"facets\": {}}"));

        assertThat(search.search(new SearchModels.Query("c++ & (x)", "bisnis", "", " ", "relevance", 2, 10)).total())
                .isZero();
    }

    @Test
    void feedsRedirectForAnOldSlugIsReportedNotFollowed() {
        stub.on("/api/articles/judul-lama", new Reply(301, "", Map.of("Location",
                "/api/articles/judul%20baru")));

        assertThat(feed.article("judul-lama").movedTo()).isEqualTo("judul baru");
        assertThat(stub.requests("/api/articles/judul%20baru")).isZero();
    }

    @Test
    void takenDownIsGoneAnd5xxUnavailable() {
        stub.on("/api/articles/ditarik", new Reply(410, "{}", Map.of()));
        stub.on("/api/articles/rusak", new Reply(502, "{}", Map.of()));

        assertThatThrownBy(() -> feed.article("ditarik")).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.gone()).isTrue());
        assertThatThrownBy(() -> feed.article("rusak")).isInstanceOf(UpstreamUnavailableException.class);
        assertThat(search.related("rusak")).as("a page without related stories rather than none").isEmpty();
    }
}
