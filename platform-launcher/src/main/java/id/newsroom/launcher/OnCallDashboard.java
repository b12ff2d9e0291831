package id.newsroom.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The on-call dashboard of the local run, as Prometheus console templates: Prometheus serves the page
 * ({@code /consoles/news-platform.html}) and its HTTP API from one origin, so the page needs no server of its own.
 * Its panels are the Grafana dashboard's ({@code ops/grafana/dashboards/news-platform.json}), embedded in the page and
 * drawn with uPlot from the same queries: the local view and Grafana cannot drift apart. The runbook
 * ({@code ops/README.md}) is rendered beside it, so a firing alert links to its section without a network.
 */
final class OnCallDashboard {

    static final String PAGE = "news-platform.html";
    static final String GRAFANA_DASHBOARD = "ops/grafana/dashboards/news-platform.json";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private OnCallDashboard() {}

    /** Writes the console templates under {@code dir}; returns the templates folder and the (empty) libraries one. */
    static Folders write(Path repositoryRoot, Path dir, Duration refresh) {
        try {
            Path consoles = Files.createDirectories(dir.resolve("consoles"));
            Path libraries = Files.createDirectories(dir.resolve("console_libraries"));
            String page = resource("dashboard/page.html")
                    .replace("@@UPLOT_CSS@@", literal(webjar("dist/uPlot.min.css")))
                    .replace("@@DASHBOARD_CSS@@", literal(resource("dashboard/dashboard.css")))
                    .replace("@@REFRESH_MS@@", Long.toString(refresh.toMillis()))
                    .replace("@@PANELS@@", panelsJson(repositoryRoot.resolve(GRAFANA_DASHBOARD)))
                    .replace("@@UPLOT_JS@@", "/* uPlot (MIT License, Leon Sorokin), from its WebJar */\n"
                            + literal(webjar("dist/uPlot.iife.min.js")))
                    .replace("@@DASHBOARD_JS@@", literal(resource("dashboard/dashboard.js")));
            Files.writeString(consoles.resolve(PAGE), page);
            String runbook = resource("dashboard/runbook.html")
                    .replace("@@RUNBOOK@@", runbookHtml(repositoryRoot.resolve("ops/README.md")));
            Files.writeString(consoles.resolve("runbook.html"), runbook);
            return new Folders(consoles, libraries);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the on-call dashboard to " + dir, e);
        }
    }

    record Folders(Path consoles, Path libraries) {}

    /**
     * The Grafana dashboard's panels in the page's own small shape (rows, stats, time series and the firing-alerts
     * table), as JSON that Prometheus' template engine passes through: "{{" only occurs inside strings there (a legend
     * such as {{job}}), where the JSON escape of a brace means the same.
     */
    static String panelsJson(Path grafanaDashboard) throws IOException {
        JsonNode dashboard = JSON.readTree(grafanaDashboard.toFile());
        List<Map<String, Object>> panels = new ArrayList<>();
        for (JsonNode p : dashboard.path("panels")) {
            panels.add(panel(p));
            for (JsonNode nested : p.path("panels")) { // a collapsed row holds its panels
                panels.add(panel(nested));
            }
        }
        return JSON.writeValueAsString(panels).replace("{{", "\\u007b\\u007b").replace("</", "<\\/");
    }

    private static Map<String, Object> panel(JsonNode p) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, String>> targets = new ArrayList<>();
        for (JsonNode t : p.path("targets")) {
            targets.add(
                    Map.of("expr", t.path("expr").asString(""), "legendFormat", t.path("legendFormat").asString("")));
        }
        String type = p.path("type").asString("");
        boolean alertsTable = "table".equals(type) && !targets.isEmpty()
                && targets.stream().allMatch(t -> t.get("expr").startsWith("ALERTS{"));
        out.put("type", alertsTable ? "alerts" : type);
        out.put("title", p.path("title").asString(""));
        out.put("description", p.path("description").asString(""));
        out.put("width", p.path("gridPos").path("w").asInt(12));
        JsonNode defaults = p.path("fieldConfig").path("defaults");
        out.put("unit", defaults.path("unit").asString("short"));
        List<Map<String, Object>> thresholds = new ArrayList<>();
        for (JsonNode step : defaults.path("thresholds").path("steps")) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("color", step.path("color").asString("green"));
            s.put("value", step.path("value").isNumber() ? step.path("value").asDouble() : null);
            thresholds.add(s);
        }
        out.put("thresholds", thresholds);
        Map<String, Object> mappings = new LinkedHashMap<>();
        for (JsonNode mapping : defaults.path("mappings")) {
            for (Map.Entry<String, JsonNode> option : mapping.path("options").properties()) {
                mappings.put(option.getKey(), Map.of("text", option.getValue().path("text").asString(""),
                        "color", color(option.getValue().path("color").asString(""))));
            }
        }
        out.put("mappings", mappings);
        out.put("targets", targets);
        return out;
    }

    private static String color(String grafanaColor) {
        return switch (grafanaColor) {
            case "green" -> "#2e7d32";
            case "red" -> "#c62828";
            default -> grafanaColor;
        };
    }

    /** ops/README.md as HTML, headings with GitHub's anchors (an alert's runbook_url names one). */
    static String runbookHtml(Path readme) throws IOException {
        var extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
        var document = Parser.builder().extensions(extensions).build().parse(Files.readString(readme));
        String html = HtmlRenderer.builder().extensions(extensions).build().render(document);
        return html.replace("{{", "&#123;&#123;"); // text, not a template action
    }

    /** Static text embedded in a console template must not contain a template action. */
    private static String literal(String text) {
        if (text.contains("{{")) {
            throw new IllegalStateException("Embedded text holds '{{', which Prometheus would read as a template");
        }
        return text;
    }

    private static String webjar(String file) throws IOException {
        Properties pom = new Properties();
        try (InputStream in = stream("META-INF/maven/org.webjars.npm/uplot/pom.properties")) {
            pom.load(in);
        }
        return resource("META-INF/resources/webjars/uplot/" + pom.getProperty("version") + "/" + file);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream stream(String name) throws IOException {
        InputStream in = OnCallDashboard.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Missing resource " + name);
        }
        return in;
    }
}
