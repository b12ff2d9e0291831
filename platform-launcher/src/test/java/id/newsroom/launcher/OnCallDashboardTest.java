package id.newsroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The on-call dashboard is the Grafana dashboard's panels (the same queries), the page is a console template that
 * Prometheus can expand (no stray "{{"), and every alert's runbook link lands on a section of the rendered runbook.
 */
class OnCallDashboardTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void showsEveryPanelOfTheGrafanaDashboardWithItsQueries() throws Exception {
        JsonNode grafana = Http.JSON.readTree(ROOT.resolve(OnCallDashboard.GRAFANA_DASHBOARD).toFile());
        JsonNode page = Http.JSON.readTree(OnCallDashboard.panelsJson(ROOT.resolve(OnCallDashboard.GRAFANA_DASHBOARD))
                .replace("\\u007b", "{"));
        List<String> grafanaQueries = new ArrayList<>();
        grafana.path("panels")
                .forEach(p -> p.path("targets").forEach(t -> grafanaQueries.add(t.path("expr").asString())));
        List<String> pageQueries = new ArrayList<>();
        page.forEach(p -> p.path("targets").forEach(t -> pageQueries.add(t.path("expr").asString())));
        assertThat(pageQueries).isEqualTo(grafanaQueries).hasSizeGreaterThan(40);
        assertThat(page.size()).isEqualTo(grafana.path("panels").size());
        assertThat(page.valueStream().map(p -> p.path("type").asString()))
                .contains("row", "stat", "timeseries", "alerts").doesNotContain("table");
    }

    @Test
    void writesAConsoleTemplateWhoseOnlyActionsAreItsOwn() throws Exception {
        OnCallDashboard.Folders folders = OnCallDashboard.write(ROOT, dir, Duration.ofSeconds(15));
        String page = Files.readString(folders.consoles().resolve(OnCallDashboard.PAGE));
        assertThat(page).doesNotContain("@@").contains("uPlot", "data-refresh-ms=\"15000\"", "Service up");
        List<String> actions = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\\{.*?}}").matcher(page);
        while (m.find()) {
            actions.add(m.group());
        }
        assertThat(actions).allMatch(a -> a.contains("pathPrefix") || a.contains("query") || a.contains("value")
                || a.equals("{{ else }}") || a.equals("{{ end }}"));
        assertThat(Files.isDirectory(folders.libraries())).isTrue();
    }

    @Test
    void everyAlertsRunbookLinkLandsOnASectionOfTheRenderedRunbook() throws Exception {
        String runbook = Files.readString(OnCallDashboard.write(ROOT, dir, Duration.ofSeconds(15)).consoles()
                .resolve("runbook.html"));
        Matcher urls = Pattern.compile("runbook_url: \"ops/README\\.md#([a-z0-9-]+)\"")
                .matcher(Files.readString(ROOT.resolve("ops/prometheus/rules/20-alerts.yml")));
        int alerts = 0;
        while (urls.find()) {
            alerts++;
            assertThat(runbook).contains("id=\"" + urls.group(1) + "\"");
        }
        assertThat(alerts).isGreaterThan(10);
        assertThat(runbook).doesNotContain("{{").doesNotContain("@@");
    }

    @Test
    void prometheusScrapesThePortsThisPlatformRunsOn() throws Exception {
        String config = LocalPrometheus.configuration(ROOT, Map.of("article-service", "127.0.0.1:41001",
                "web-frontend", "127.0.0.1:41005", "prometheus", "127.0.0.1:41009"), Duration.ofSeconds(1));
        assertThat(config).contains("\"127.0.0.1:41001\"", "\"127.0.0.1:41005\"", "\"127.0.0.1:41009\"",
                "\"127.0.0.1:8082\"", "scrape_interval: 1s", "evaluation_interval: 1s", "scrape_timeout: 1s",
                ROOT.resolve("ops/prometheus/rules") + "/*.yml")
                .doesNotContain("\"127.0.0.1:8081\"", "\"127.0.0.1:9090\"");
    }
}
