package id.newsroom.defaults.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class HttpHardeningTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RequestRejections rejections = new RequestRejections(registry);
    private final HttpHardeningProperties.Limits limits = new HttpHardeningProperties.Limits(DataSize.ofBytes(100),
            200, 5, DataSize.ofBytes(300), List.of());

    @Test
    void addressRangesMatchByPrefix() {
        List<AddressRange> ranges = AddressRange.parseAll(List.of("10.0.0.0/8", "192.168.1.7", "fc00::/7"));
        assertThat(AddressRange.anyContains(ranges, "10.200.3.4")).isTrue();
        assertThat(AddressRange.anyContains(ranges, "11.0.0.1")).isFalse();
        assertThat(AddressRange.anyContains(ranges, "192.168.1.7")).isTrue();
        assertThat(AddressRange.anyContains(ranges, "192.168.1.8")).isFalse();
        assertThat(AddressRange.anyContains(ranges, "fd12::1")).isTrue();
        assertThat(AddressRange.anyContains(ranges, "2001:db8::1")).isFalse();
        assertThat(AddressRange.anyContains(ranges, "not-an-address")).isFalse();
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forwardedForIsBelievedFromTrustedProxiesOnly() {
        ClientAddresses clients = new ClientAddresses(AddressRange.parseAll(List.of("10.0.0.0/8")));
        MockHttpServletRequest direct = request("/api/feed");
        direct.setRemoteAddr("203.0.113.9");
        direct.addHeader("X-Forwarded-For", "1.2.3.4");
        assertThat(clients.of(direct)).isEqualTo("203.0.113.9");

        MockHttpServletRequest proxied = request("/api/feed");
        proxied.setRemoteAddr("10.1.1.1");
        proxied.addHeader("X-Forwarded-For", "6.6.6.6, 198.51.100.7, 10.2.2.2");
        assertThat(clients.of(proxied)).as("rightmost entry no trusted proxy added").isEqualTo("198.51.100.7");

        MockHttpServletRequest garbage = request("/api/feed");
        garbage.setRemoteAddr("10.1.1.1");
        garbage.addHeader("X-Forwarded-For", "<script>");
        assertThat(clients.of(garbage)).isEqualTo("10.1.1.1");
    }

    @Test
    void oversizeRequestsAreRefusedWithProblems() throws Exception {
        RequestLimitsFilter filter = new RequestLimitsFilter(limits, r -> 100, rejections);

        MockHttpServletRequest longUri = request("/" + "a".repeat(300));
        assertThat(run(filter, longUri).getStatus()).isEqualTo(414);

        MockHttpServletRequest manyParameters = request("/api/search");
        manyParameters.setQueryString("a=1&b=2&c=3&d=4&e=5&f=6");
        MockHttpServletResponse tooMany = run(filter, manyParameters);
        assertThat(tooMany.getStatus()).isEqualTo(414);
        assertThat(tooMany.getContentAsString()).contains("\"detail\":\"The query has 6 parameters; the limit is 5.\"");

        MockHttpServletRequest bigHeaders = request("/");
        bigHeaders.addHeader("X-Junk", "x".repeat(400));
        assertThat(run(filter, bigHeaders).getStatus()).isEqualTo(431);

        MockHttpServletRequest bigBody = request("/api/articles");
        bigBody.setContent(new byte[101]);
        MockHttpServletResponse tooLarge = run(filter, bigBody);
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(tooLarge.getContentType()).isEqualTo("application/problem+json");
        assertThat(tooLarge.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(tooLarge.getContentAsString()).contains("\"type\":\"https://newsroom.id/problems/too-large\"",
                "\"status\":413");

        assertThat(registry.get("platform.http.rejections").tag("reason", "body_too_large").counter().count())
                .isEqualTo(1);
        assertThat(run(filter, request("/api/feed?limit=5")).getStatus()).isEqualTo(200);
    }

    @Test
    void aBodyWithoutLengthIsCutOffWhileRead() throws Exception {
        RequestLimitsFilter filter = new RequestLimitsFilter(limits, r -> 100, rejections);
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/articles") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        chunked.setContent(new byte[500]);
        MockFilterChain reader = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response)
                    throws java.io.IOException {
                request.getInputStream().readAllBytes();
            }
        };
        assertThatThrownBy(() -> filter.doFilter(chunked, new MockHttpServletResponse(), reader))
                .isInstanceOf(RequestTooLargeException.class);
    }

    @Test
    void aClientOverItsBucketGets429WithRetryAfterWhileOthersAndExemptOnesPass() throws Exception {
        HttpHardeningProperties.RateLimit settings = new HttpHardeningProperties.RateLimit(true,
                List.of("/api/**"), List.of("/api/health"), 3, 1, Duration.ofSeconds(10), List.of("127.0.0.0/8"),
                List.of(), 1000);
        RateLimitFilter filter = new RateLimitFilter(settings, rejections);
        for (int i = 0; i < 3; i++) {
            assertThat(run(filter, from("/api/feed", "198.51.100.1")).getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse limited = run(filter, from("/api/feed", "198.51.100.1"));
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getContentType()).isEqualTo("application/problem+json");
        assertThat(Long.parseLong(limited.getHeader("Retry-After"))).isBetween(1L, 10L);

        assertThat(run(filter, from("/api/feed", "198.51.100.2")).getStatus()).as("another client").isEqualTo(200);
        assertThat(run(filter, from("/api/health", "198.51.100.1")).getStatus()).as("excluded path").isEqualTo(200);
        assertThat(run(filter, from("/feeds/rss.xml", "198.51.100.1")).getStatus()).as("unlimited path")
                .isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            assertThat(run(filter, from("/api/feed", "127.0.0.1")).getStatus()).as("exempt").isEqualTo(200);
        }
        assertThat(registry.get("platform.http.rejections").tag("reason", "rate_limit").counter().count())
                .isEqualTo(1);
    }

    @Test
    void everyResponseGetsSecurityHeadersAndSwaggerUiItsOwnPolicy() throws Exception {
        HttpHardeningProperties.Headers headers = new HttpHardeningProperties.Headers(true,
                "default-src 'none'; frame-ancestors 'none'", "default-src 'self'", "no-referrer");
        SecurityHeadersFilter filter = new SecurityHeadersFilter(headers);
        MockHttpServletResponse api = run(filter, request("/api/feed"));
        assertThat(api.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(api.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(api.getHeader("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(run(filter, request("/swagger-ui/index.html")).getHeader("Content-Security-Policy"))
                .isEqualTo("default-src 'self'");
    }

    @Test
    void malformedPathsQueriesAndContentTypesAreRefusedBeforeSpringParsesThem() throws Exception {
        MalformedRequestFilter filter = new MalformedRequestFilter(rejections);
        assertThat(run(filter, request("/kategori/a;b=c%")).getStatus()).isEqualTo(400);
        MockHttpServletRequest badQuery = request("/cari");
        badQuery.setQueryString("q=%E0%A4%A");
        assertThat(run(filter, badQuery).getStatus()).isEqualTo(400);
        MockHttpServletRequest wildcard = request("/api/articles");
        wildcard.setContentType("application/*");
        assertThat(run(filter, wildcard).getStatus()).isEqualTo(415);
        MockHttpServletRequest form = request("/api/articles");
        form.setContentType("application/x-www-form-urlencoded");
        assertThat(run(filter, form).getStatus()).isEqualTo(415);
        MockHttpServletRequest fine = request("/berita/pemkot-%C3%B1");
        fine.setQueryString("q=umkm%20tangsel&limit=5");
        fine.setContentType("application/json");
        assertThat(run(filter, fine).getStatus()).isEqualTo(200);
    }

    @Test
    void anErrorWithoutABodyGetsAProblem() throws Exception {
        ProblemFallbackFilter filter = new ProblemFallbackFilter();
        MockHttpServletResponse sent = new MockHttpServletResponse();
        filter.doFilter(request("/a;b"), sent, (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res)
                .sendError(400, "The request was rejected because the URL contained ';'"));
        assertThat(sent.getStatus()).isEqualTo(400);
        assertThat(sent.getContentType()).isEqualTo("application/problem+json");
        assertThat(sent.getContentAsString())
                .contains("\"detail\":\"The request was rejected because the URL contained ';'\"");

        MockHttpServletResponse empty = new MockHttpServletResponse();
        filter.doFilter(request("/api/feed"), empty, (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res)
                .setStatus(406));
        assertThat(empty.getContentType()).isEqualTo("application/problem+json");
        assertThat(empty.getContentAsString()).contains("\"status\":406");
    }

    private static MockHttpServletRequest request(String uri) {
        return new MockHttpServletRequest("GET", uri);
    }

    private static MockHttpServletRequest from(String uri, String address) {
        MockHttpServletRequest request = request(uri);
        request.setRemoteAddr(address);
        return request;
    }

    private static MockHttpServletResponse run(jakarta.servlet.Filter filter, HttpServletRequest request)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
