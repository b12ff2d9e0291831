package id.newsroom.defaults.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A service that takes uploads (media-service) raises the body limit on its upload path only. */
class UploadLimitsTest {

    private static HttpHardeningProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("platform.http", HttpHardeningProperties.class);
    }

    @Test
    void byDefaultEveryPathHasTheSameOneMegabyteLimit() {
        PathBodySizeLimit limit = new PathBodySizeLimit(bind(Map.of()).limits());
        assertThat(limit.maxBytes(new MockHttpServletRequest("POST", "/api/media"))).isEqualTo(1024 * 1024);
        assertThat(limit.maxBytes(new MockHttpServletRequest("POST", "/api/articles"))).isEqualTo(1024 * 1024);
    }

    @Test
    void aLargerBodyIsAllowedOnTheConfiguredPathsOnly() {
        PathBodySizeLimit limit = new PathBodySizeLimit(bind(Map.of(
                "platform.http.limits.larger-bodies[0].path", "/api/media",
                "platform.http.limits.larger-bodies[0].max-body", "26MB",
                "platform.http.limits.larger-bodies[1].path", "/api/uploads/**",
                "platform.http.limits.larger-bodies[1].max-body", "2MB")).limits());
        assertThat(limit.maxBytes(new MockHttpServletRequest("POST", "/api/media"))).isEqualTo(26L * 1024 * 1024);
        assertThat(limit.maxBytes(new MockHttpServletRequest("POST", "/api/uploads/a/b"))).isEqualTo(2 * 1024 * 1024);
        assertThat(limit.maxBytes(new MockHttpServletRequest("PATCH", "/api/media/123"))).isEqualTo(1024 * 1024);
    }

    @Test
    void multipartBodiesAreLeftForSpringMvcToParseAfterAuthenticationOnUploadPathsOnly() throws Exception {
        PathBodySizeLimit limit = new PathBodySizeLimit(bind(Map.of(
                "platform.http.limits.larger-bodies[0].path", "/api/media",
                "platform.http.limits.larger-bodies[0].max-body", "26MB")).limits());
        MalformedRequestFilter filter = new MalformedRequestFilter(new RequestRejections(new SimpleMeterRegistry()),
                limit::hasOwnLimit);
        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/api/media");
        upload.setContentType("multipart/form-data; boundary=xyz");
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(new HttpServletRequestWrapper(upload) {
            @Override
            public Map<String, String[]> getParameterMap() {
                throw new AssertionError("the parts must not be parsed in the filter");
            }
        }, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
        assertThat(List.of(upload.getContentType())).containsExactly("multipart/form-data; boundary=xyz");

        // Anywhere else the filter reads the parameters as before: what the container cannot parse is a 4xx problem.
        MockHttpServletRequest elsewhere = new MockHttpServletRequest("GET", "/penulis/a");
        elsewhere.setContentType("multipart/form-data; boundary=xyz");
        boolean[] parsed = {false};
        filter.doFilter(new HttpServletRequestWrapper(elsewhere) {
            @Override
            public Map<String, String[]> getParameterMap() {
                parsed[0] = true;
                return Map.of();
            }
        }, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(parsed[0]).as("parameters read on a path that takes no uploads").isTrue();
    }
}
