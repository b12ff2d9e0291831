package id.newsroom.web.config;

import java.util.ArrayList;
import java.util.List;

import id.newsroom.defaults.contract.ContractFiles;
import tools.jackson.databind.JsonNode;

/**
 * The newsroom's sections as contracts/sections.json lists them (on the classpath through platform-defaults): the list
 * article-service accepts articles in, so the site's menu, home page and sitemap name the same sections in its order.
 */
final class ContractSections {

    static final String CONTRACT = "contracts/sections.json";
    static final List<FrontendProperties.Section> ALL = read();

    private ContractSections() {}

    private static List<FrontendProperties.Section> read() {
        List<FrontendProperties.Section> sections = new ArrayList<>();
        for (JsonNode s : ContractFiles.json(CONTRACT).path("sections")) {
            sections.add(new FrontendProperties.Section(s.path("slug").asString(), s.path("name").asString()));
        }
        return List.copyOf(sections);
    }
}
