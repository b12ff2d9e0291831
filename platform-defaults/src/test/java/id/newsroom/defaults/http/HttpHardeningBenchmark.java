package id.newsroom.defaults.http;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * What the HTTP hardening filters cost per request, against a same-run baseline (the same request through no filter).
 * Run (after a build of platform-defaults):
 * <pre>
 * ./mvnw -q -pl platform-defaults dependency:build-classpath -Dmdep.outputFile=/tmp/pd-cp.txt
 * java -cp platform-defaults/target/test-classes:platform-defaults/target/classes:$(cat /tmp/pd-cp.txt) \
 *     id.newsroom.defaults.http.HttpHardeningBenchmark 6
 * </pre>
 */
public final class HttpHardeningBenchmark {

    public static void main(String[] args) throws Exception {
        RequestRejections rejections = new RequestRejections(null);
        HttpHardeningProperties.Limits limits = new HttpHardeningProperties.Limits(DataSize.ofMegabytes(1), 8192, 64,
                DataSize.ofKilobytes(16), List.of());
        HttpHardeningProperties.RateLimit rate = new HttpHardeningProperties.RateLimit(true, List.of("/api/**"),
                List.of(), 100_000_000L, 100_000_000L, Duration.ofSeconds(1), List.of("127.0.0.0/8"),
                List.of(), 100_000);
        HttpHardeningProperties.Headers headers = new HttpHardeningProperties.Headers(true, "default-src 'none'",
                "default-src 'self'", "strict-origin-when-cross-origin");
        List<Filter> all = List.of(new SecurityHeadersFilter(headers), new ProblemFallbackFilter(),
                new RequestLimitsFilter(limits, r -> 1_000_000, rejections), new MalformedRequestFilter(rejections),
                new RateLimitFilter(rate, rejections));
        int n = 200_000;
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        for (int round = 0; round < rounds; round++) { // the first rounds warm the JIT up
            long baseline = run(n, List.of(), "203.0.113.1");
            long limited = run(n, all, "203.0.113.1");
            long exempt = run(n, all, "127.0.0.1");
            System.out.printf("round %d: baseline %d ns/request; all filters, limited client %d ns (+%d); exempt "
                    + "client %d ns (+%d)%n", round + 1, baseline, limited, limited - baseline, exempt,
                    exempt - baseline);
        }
    }

    private static long run(int n, List<Filter> filters, String address) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/feed/categories/bisnis");
            request.setQueryString("limit=20&cursor=eyJ0IjoxNzAwMDAwMDAwfQ");
            request.addHeader("Accept", "application/json");
            request.addHeader("User-Agent", "Mozilla/5.0 (Linux; Android 14) Chrome/130.0");
            request.setRemoteAddr(address);
            FilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                @Override
                protected void service(jakarta.servlet.http.HttpServletRequest req,
                        jakarta.servlet.http.HttpServletResponse res) {
                    res.setStatus(200);
                }
            }, filters.toArray(Filter[]::new));
            chain.doFilter(request, new MockHttpServletResponse());
        }
        return (System.nanoTime() - start) / n;
    }
}
