package id.newsroom.web.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The newsroom's sections as contracts/sections.json lists them (on the classpath through platform-defaults): the list
 * article-service accepts articles in, so the site's menu, home page and sitemap name the same sections in its order.
 */
final class ContractSections {

    static final String CONTRACT = "contracts/sections.json";
    static final List<FrontendProperties.Section> ALL = read();

    private ContractSections() {}

    private static List<FrontendProperties.Section> read() {
        try (InputStream in = ContractSections.class.getClassLoader().getResourceAsStream(CONTRACT)) {
            if (in == null) {
                throw new IllegalStateException(CONTRACT + " is not on the classpath");
            }
            List<FrontendProperties.Section> sections = new ArrayList<>();
            for (JsonNode s : JsonMapper.builder().build().readTree(in).path("sections")) {
                sections.add(new FrontendProperties.Section(s.path("slug").asString(), s.path("name").asString()));
            }
            return List.copyOf(sections);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CONTRACT, e);
        }
    }
}
