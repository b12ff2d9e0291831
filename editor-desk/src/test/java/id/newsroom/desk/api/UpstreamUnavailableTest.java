package id.newsroom.desk.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import id.newsroom.desk.security.AccessTokens;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** article-service down: the desk answers 502 (problem+json for the script, a page for a page), never a 500. */
@SpringBootTest
@AutoConfigureMockMvc
class UpstreamUnavailableTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AccessTokens tokens;

    @DynamicPropertySource
    static void apisNobodyAnswers(DynamicPropertyRegistry registry) throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort(); // free once closed: connections to it are refused
        }
        registry.add("desk.article-url", () -> "http://127.0.0.1:" + closed);
        registry.add("desk.media-url", () -> "http://127.0.0.1:" + closed);
    }

    @BeforeEach
    void aSignedInEditorHasAToken() {
        when(tokens.current(any(), any())).thenReturn("token");
    }

    @Test
    void aScriptsSaveGets502ProblemSayingTheTextIsSafe() throws Exception {
        var editor = oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_EDITOR"));
        mvc.perform(put("/desk-api/articles/1").with(editor).with(csrf()).contentType("application/json")
                .content("{\"title\": \"Judul\"}"))
                .andExpect(status().isBadGateway())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.type").value("https://newsroom.id/problems/upstream-unavailable"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("stays in this browser")));
        mvc.perform(get("/desk-api/media").with(editor)).andExpect(status().isBadGateway());
    }

    @Test
    void aPageSaysTheServiceCannotBeReached() throws Exception {
        var editor = oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_EDITOR"));
        mvc.perform(get("/cerita/1").with(editor))
                .andExpect(status().isBadGateway())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(Matchers.containsString("tidak dapat dihubungi")));
        mvc.perform(get("/").with(editor)).andExpect(status().isBadGateway());
    }
}
