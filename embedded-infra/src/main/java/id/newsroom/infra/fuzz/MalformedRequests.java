package id.newsroom.infra.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates malformed requests for an endpoint from a fixed seed, so a failure reproduces: path variables, query
 * values, headers and bodies replaced by overlong, unicode, control-character, badly percent-encoded, negative, huge
 * and wrongly typed values; malformed and huge JSON; wrong Content-Type and Accept; bad cursors and ETags. Some parts
 * stay valid (from {@code samples}) so that requests get past the first check and reach deeper code.
 */
public final class MalformedRequests {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    /** Already as they go on the wire: percent-encoded or raw on purpose. */
    static final List<String> VALUES = List.of("", "-1", "0", "-0", "2147483648", "99999999999999999999999",
            "-99999999999999999999", "1e309", "NaN", "Infinity", "0x1F", "1.5", "null", "true", "%5B%5D", "%7B%7D",
            "a".repeat(300), "a".repeat(3000), "a".repeat(9000), "%", "%zz", "%E0%A4%A", "%C0%AF", "%00", "%0d%0a",
            "%0d%0aX-Injected:%20yes", "%ff%fe%fd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..", "%2F", "a%2Fb", "%5C",
            "%3B", "a;b=c", "berita-%C3%B1-%E6%97%A5%E6%9C%AC", "%F0%9F%98%80", "%E2%80%AE", "%EF%BB%BF",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%7B%22%24gt%22%3A%22%22%7D", "%24where", "'%20OR%201%3D1%20--",
            "%22", "%27", "%25", "%2B", "+", "%20", "%09", "%7F", "%C2%A0",
            "%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9",
            "2026-13-45", "2026-02-30T25:61:61Z", "1970-01-01", "9999-12-31T23:59:59Z", "-999999999-01-01",
            "eyJ2IjoxfQ", "eyJ2IjoxfQ==", "AAAA", "____", "%2A", "*", "%5B0%5D", "x%00y", "UPPER", "relevance%00",
            "newest,relevance");

    static final List<String> ACCEPT = List.of("application/json", "application/problem+json", "text/html", "*/*",
            "application/xml", "text/plain", "image/png", "foo", "application/json;q=abc", "", "text/event-stream",
            "application/rss+xml", "*/*;q=0");

    static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "application/json; charset=ebcdic", "text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "multipart/form-data", "application/xml", "foo", "", "application/*",
            "application/x-ndjson", "application/merge-patch+json");

    static final List<String> ETAGS = List.of("*", "\"1\"", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"", "\"abc\"",
            "1", "\"", "\"1\", \"2\"", "W/", "\"\u00e9\"", "", "\"1\"\"", "W/\"NaN\"");

    static final List<String> HEADER_VALUES = List.of("a".repeat(20_000), "\u00e9\u00e8", "()<>@,;:\\\"/[]?={}",
            "%00", "bytes=0-999999999999", "gzip;q=abc");

    private final Random random;
    private final Map<String, List<String>> samples;
    private final Map<String, String> fixedHeaders;

    /**
     * @param samples      valid values for path variables and query parameters by name (e.g. an existing id)
     * @param fixedHeaders headers every request carries (e.g. credentials)
     */
    public MalformedRequests(long seed, Map<String, List<String>> samples, Map<String, String> fixedHeaders) {
        this.random = new Random(seed);
        this.samples = samples;
        this.fixedHeaders = fixedHeaders;
    }

    public List<FuzzRequest> generate(Endpoint endpoint, int count) {
        List<FuzzRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(one(endpoint));
        }
        return requests;
    }

    private FuzzRequest one(Endpoint endpoint) {
        String method = chance(5)
                ? pick(List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"))
                : endpoint.method();
        StringBuilder target = new StringBuilder();
        Matcher m = VARIABLE.matcher(endpoint.path());
        while (m.find()) {
            m.appendReplacement(target, Matcher.quoteReplacement(value(m.group(1))));
        }
        m.appendTail(target);
        if (chance(5)) {
            target.append(pick(List.of("/", "//", "/x", "/..", "%2F", ";x=1", ".json", "?", "#frag")));
        }
        String query = query(endpoint);
        if (!query.isEmpty()) {
            target.append(target.indexOf("?") >= 0 ? "&" : "?").append(query);
        }
        Map<String, String> headers = new LinkedHashMap<>(fixedHeaders);
        if (chance(70)) {
            headers.put("Accept", pick(ACCEPT));
        }
        if (chance(25)) {
            headers.put(pick(List.of("If-Match", "If-None-Match")), pick(ETAGS));
        }
        if (chance(10)) {
            headers.put(pick(List.of("X-Forwarded-For", "Accept-Language", "Range", "Accept-Encoding", "Origin",
                    "traceparent", "Cookie")), pick(HEADER_VALUES));
        }
        byte[] body = null;
        if (endpoint.body() ? chance(95) : chance(10)) {
            body = body();
            if (chance(90)) {
                headers.put("Content-Type", pick(CONTENT_TYPES));
            }
        }
        return new FuzzRequest(endpoint, method, target.toString(), headers, body);
    }

    private String value(String name) {
        List<String> valid = samples.get(name);
        if (valid != null && !valid.isEmpty() && chance(30)) {
            return pick(valid);
        }
        return chance(10) ? pick(VALUES) + pick(VALUES) : pick(VALUES);
    }

    private String query(Endpoint endpoint) {
        List<String> parts = new ArrayList<>();
        for (String parameter : endpoint.queryParameters()) {
            if (chance(50)) {
                parts.add(parameter + "=" + value(parameter));
            }
        }
        if (chance(10)) {
            parts.add(pick(List.of("unknown=1", "limit", "=x", "&&", "a[b]=c", "q=%", "cursor=%00", "page=-1")));
        }
        if (chance(5) && !endpoint.queryParameters().isEmpty()) {
            String repeated = pick(endpoint.queryParameters());
            parts.add(repeated + "=" + value(repeated));
            parts.add(repeated + "=" + value(repeated));
        }
        if (chance(2)) {
            for (int i = 0; i < 100; i++) {
                parts.add("p" + i + "=" + i);
            }
        }
        return String.join("&", parts);
    }

    private byte[] body() {
        int kind = random.nextInt(16);
        return switch (kind) {
            case 0 -> new byte[0];
            case 1 -> "{".repeat(1 + random.nextInt(5000)).getBytes(StandardCharsets.UTF_8);
            case 2 -> "[".repeat(2000 + random.nextInt(3000)).getBytes(StandardCharsets.UTF_8);
            case 3 -> ("{\"title\":\"" + "x".repeat(400_000) + "\"}").getBytes(StandardCharsets.UTF_8);
            case 4 -> new byte[]{'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
            case 5 -> ("\uFEFF{\"title\":\"a\"}").getBytes(StandardCharsets.UTF_8);
            case 6 -> "{\"title\":\"a\u0000b\",\"body\":\"\\u0000\"}".getBytes(StandardCharsets.UTF_8);
            case 7 -> "{\"at\":1e999,\"limit\":-99999999999999999999}".getBytes(StandardCharsets.UTF_8);
            case 8 -> "{\"at\":\"2026-13-45T99:99:99Z\"}".getBytes(StandardCharsets.UTF_8);
            case 9 -> "{\"title\":\"a\",\"title\":\"b\"}".getBytes(StandardCharsets.UTF_8);
            case 10 -> pick(List.of("null", "0", "\"str\"", "[1,2,3]", "true", "{}", "[]", "{'a':'b'}", "<xml/>",
                    "a=b&c=d", "{\"a\":")).getBytes(StandardCharsets.UTF_8);
            case 11 -> article(true);
            case 12 -> article(false);
            case 13 -> "{\"title\":{\"$gt\":\"\"},\"category\":[\"bisnis\"],\"tags\":\"a\",\"image\":[]}"
                    .getBytes(StandardCharsets.UTF_8);
            case 14 -> randomBytes(1 + random.nextInt(2000));
            default -> ("{\"tags\":[" + "\"t\",".repeat(5000) + "\"t\"]}").getBytes(StandardCharsets.UTF_8);
        };
    }

    /** An article-shaped document with one field replaced by something of the wrong kind. */
    private byte[] article(boolean mutate) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "\"Judul berita yang cukup panjang\"");
        fields.put("summary", "\"Ringkasan\"");
        fields.put("body", "\"<p>Isi</p>\"");
        fields.put("category", "\"bisnis\"");
        fields.put("tags", "[\"umkm\"]");
        fields.put("at", "\"2030-01-01T00:00:00Z\"");
        if (mutate) {
            String field = pick(new ArrayList<>(fields.keySet()));
            fields.put(field, pick(List.of("null", "123", "true", "[]", "{}", "\"\"", "\"" + "x".repeat(70_000) + "\"",
                    "\"\\ud800\"", "\"<script>alert(1)</script>\"", "-1e400", "[null]", "[[[]]]",
                    "\"" + "\\u0001".repeat(10) + "\"")));
        }
        StringBuilder json = new StringBuilder("{");
        fields.forEach(
                (k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
