package id.newsroom.desk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The desk's doors: who is sent to sign in, who gets 401, what the browser must send (CSRF), PKCE. */
@SpringBootTest
@AutoConfigureMockMvc
class DeskSecurityTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aPageSendsTheBrowserToSignInWithPkce() throws Exception {
        MvcResult page = mvc.perform(get("/")).andExpect(status().isFound()).andReturn();
        assertThat(page.getResponse().getRedirectedUrl()).endsWith("/oauth2/authorization/newsroom");
        MvcResult authorize = mvc.perform(get("/oauth2/authorization/newsroom")).andExpect(status().isFound())
                .andReturn();
        assertThat(authorize.getResponse().getRedirectedUrl()).startsWith("http://localhost:8180/oauth2/authorize?")
                .contains("client_id=newsroom-desk", "code_challenge_method=S256", "scope=openid%20profile");
    }

    @Test
    void theScriptsCallsGet401NotARedirectWhenSignedOut() throws Exception {
        mvc.perform(get("/desk-api/articles/1")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://newsroom.id/problems/session-ended"));
    }

    @Test
    void aWriteWithoutTheCsrfTokenIsRefused() throws Exception {
        var writer = oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_WRITER"));
        mvc.perform(put("/desk-api/articles/1").with(writer).with(csrf().useInvalidToken())
                .contentType("application/json").content("{}")).andExpect(status().isForbidden());
    }

    @Test
    void aScriptsWriteAfterTheSessionEndedIsToldToSignInAgain() throws Exception {
        // No session, so no CSRF token: the editor must hear "sign in again" (401), keeping the text, not "forbidden".
        mvc.perform(put("/desk-api/articles/1").contentType("application/json").content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anOperatorWithoutANewsroomRoleMayNotUseTheDesk() throws Exception {
        var operator = oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_OPERATOR"));
        mvc.perform(get("/").with(operator)).andExpect(status().isForbidden());
        mvc.perform(get("/css/desk.css")).andExpect(status().isOk());
        mvc.perform(put("/desk-api/articles/1").with(operator).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void rolesComeFromTheIdTokensRolesClaim() {
        assertThat(Roles.authority("editor")).isEqualTo(new SimpleGrantedAuthority("ROLE_EDITOR"));
        assertThat(Roles.authority("ROLE_WRITER")).isEqualTo(new SimpleGrantedAuthority("ROLE_WRITER"));
        assertThat(List.of("default-roles-newsroom", "offline_access")).allSatisfy(
                r -> assertThat(Roles.authority(r)).isNull());
    }
}
