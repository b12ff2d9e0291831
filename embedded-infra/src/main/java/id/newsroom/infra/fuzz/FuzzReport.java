package id.newsroom.infra.fuzz;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Sends generated requests and collects what breaks the rules: any 5xx, any refusal the judge does not accept (e.g. a
 * 4xx that is not problem+json), any connection that ends without an answer.
 */
public final class FuzzReport {

    private final Map<String, Integer> sentPerEndpoint = new TreeMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    /**
     * What every service's malformed-input test does: {@code perEndpoint} generated requests to each endpoint, each
     * answer judged; fails (AssertionError, with the summary) unless every endpoint got them all and none broke the
     * rules.
     */
    public static FuzzReport fuzzEveryEndpoint(String name, int port, List<Endpoint> endpoints,
            MalformedRequests generator, int perEndpoint, BiFunction<FuzzRequest, RawHttp.Response, String> judge) {
        List<FuzzRequest> requests = new ArrayList<>();
        endpoints.forEach(e -> requests.addAll(generator.generate(e, perEndpoint)));
        FuzzReport report = new FuzzReport();
        report.run(port, requests, judge);
        System.out.println(name + ": " + report.summary());
        if (report.sentPerEndpoint.size() != endpoints.size()
                || report.sentPerEndpoint.values().stream().anyMatch(n -> n != perEndpoint)) {
            throw new AssertionError("not every endpoint got " + perEndpoint + " requests: " + report.summary());
        }
        if (!report.failures.isEmpty()) {
            throw new AssertionError(report.failures.size() + " answers broke the rules, first "
                    + report.failures.subList(0, Math.min(20, report.failures.size())) + "; " + report.summary());
        }
        return report;
    }

    /** @param judge the failure message for a response, or null when it is fine */
    public void run(int port, List<FuzzRequest> requests, BiFunction<FuzzRequest, RawHttp.Response, String> judge) {
        for (FuzzRequest request : requests) {
            sentPerEndpoint.merge(request.endpoint().toString(), 1, Integer::sum);
            String failure;
            try {
                RawHttp.Response response = RawHttp.send(port, request);
                statuses.merge(response.status(), 1, Integer::sum);
                failure = response.status() >= 500 ? "5xx" : judge.apply(request, response);
                if (failure != null) {
                    String body = response.body().length() > 300 ? response.body().substring(0, 300) : response.body();
                    failure += ": " + response.status() + " " + response.contentType() + " " + body;
                }
            } catch (IOException e) {
                failure = "no answer: " + e.getMessage();
            }
            if (failure != null) {
                failures.add(request + " -> " + failure);
            }
        }
    }

    /** The usual judge: every 4xx is problem+json. */
    public static String problemJsonOn4xx(FuzzRequest request, RawHttp.Response response) {
        boolean problem = response.contentType().startsWith("application/problem+json");
        return response.status() >= 400 && !problem && !request.method().equals("HEAD")
                ? "4xx without problem+json"
                : null;
    }

    public Map<String, Integer> sentPerEndpoint() {
        return sentPerEndpoint;
    }

    public List<String> failures() {
        return failures;
    }

    public String summary() {
        return "sent " + sentPerEndpoint + ", statuses " + statuses + ", failures " + failures.size();
    }
}
