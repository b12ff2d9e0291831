package id.newsroom.defaults.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** platform.http.form-paths: a sign-in form and an OAuth token endpoint take forms; every other path still 415s. */
class FormPathsTest {

    private final MalformedRequestFilter filter = new MalformedRequestFilter(
            new RequestRejections(new SimpleMeterRegistry()), request -> false,
            new PathPatterns(List.of("/login", "/oauth2/**"))::matches);

    @Test
    void formsPassOnlyOnTheConfiguredPaths() throws Exception {
        assertThat(post("/login").getStatus()).isEqualTo(200);
        assertThat(post("/oauth2/token").getStatus()).isEqualTo(200);
        assertThat(post("/api/articles").getStatus()).isEqualTo(415);
        assertThat(post("/login/other").getStatus()).isEqualTo(415);
    }

    @Test
    void noFormPathsByDefault() throws Exception {
        MockHttpServletRequest form = form("/login");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new MalformedRequestFilter(new RequestRejections(new SimpleMeterRegistry()), request -> false,
                new PathPatterns(List.of())::matches).doFilter(form, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(415);
    }

    private MockHttpServletResponse post(String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(form(path), response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest form(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType("application/x-www-form-urlencoded");
        request.setContent("username=editor&password=x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return request;
    }
}
