package id.newsroom.feed.timeline;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

import id.newsroom.feed.readmodel.ReadModel;
import id.newsroom.defaults.problem.ClientProblem;
import id.newsroom.feed.web.Rendered;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Validates a timeline request, answers it from the first-page cache or MongoDB, and times the read. */
@Service
public class TimelineService {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private final TimelineQueries queries;
    private final CategoryCatalog categories;
    private final FirstPageCache cache;
    private final ReadModel readModel;
    private final JsonMapper json;
    private final MeterRegistry registry;

    public TimelineService(TimelineQueries queries, CategoryCatalog categories, FirstPageCache cache,
            ReadModel readModel, JsonMapper json, MeterRegistry registry) {
        this.queries = queries;
        this.categories = categories;
        this.cache = cache;
        this.readModel = readModel;
        this.json = json;
        this.registry = registry;
    }

    public Rendered read(Timeline timeline, String limitParam, String cursorParam) {
        Timer.Sample sample = Timer.start(registry);
        try {
            int limit = parseLimit(limitParam);
            Cursor cursor = Cursor.decode(cursorParam);
            if (timeline.kind() == Timeline.Kind.CATEGORY && !categories.isKnown(timeline.value())) {
                throw ClientProblem.notFound("Unknown category '" + timeline.value() + "'.");
            }
            if (cursor == null) {
                String key = readModel.activeName() + "|" + timeline.key() + "|" + limit;
                return cache.get(key, () -> render(timeline, null, limit));
            }
            return render(timeline, cursor, limit);
        } finally {
            sample.stop(Timer.builder("news.feed.timeline.read").description("Time to answer a timeline page")
                    .tag("timeline", timeline.metricTag()).publishPercentileHistogram().register(registry));
        }
    }

    private Rendered render(Timeline timeline, Cursor cursor, int limit) {
        Page page = queries.page(timeline, cursor, limit);
        if (page.items().isEmpty() && cursor == null && !queries.exists(timeline)) {
            if (timeline.kind() == Timeline.Kind.TAG) {
                throw ClientProblem
                        .notFound("Unknown tag '" + timeline.value() + "': no published article carries it.");
            }
            if (timeline.kind() == Timeline.Kind.AUTHOR) {
                throw ClientProblem
                        .notFound("Unknown author '" + timeline.value() + "': no published article by them.");
            }
        }
        Instant lastModified = page.items().stream().map(ItemView::updatedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(readModel.servingSince());
        return Rendered.of(json.writeValueAsBytes(page), MediaType.APPLICATION_JSON, lastModified);
    }

    static int parseLimit(String limit) {
        if (limit == null || limit.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(limit);
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ClientProblem.badRequest("limit must be an integer from 1 to " + MAX_LIMIT + ", got '" + limit + "'.");
    }
}
