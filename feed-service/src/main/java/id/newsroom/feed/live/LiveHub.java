package id.newsroom.feed.live;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import id.newsroom.feed.config.FeedProperties;
import id.newsroom.feed.projection.ArticlesApplied;
import id.newsroom.feed.projection.ProjectionWriter.Change;
import id.newsroom.feed.timeline.ItemView;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedRateTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fans projection changes out to Server-Sent Events subscribers. Idle clients cost no thread: each stream is an async
 * servlet response ({@link SseEmitter}), and one sender thread writes events and heartbeats to all of them in order.
 * Recent events stay in a ring buffer for Last-Event-ID resume; an id from another instance or from before a restart
 * (or too old) gets a {@code resync} event telling the client to reload its page.
 */
@Component
public class LiveHub implements DisposableBean, SchedulingConfigurer {

    record LiveEvent(long seq, String type, String category, String data) {}

    private record Subscriber(SseEmitter emitter, String category) {
        boolean wants(LiveEvent e) {
            return category == null || category.equals(e.category());
        }
    }

    private final String epoch = Long.toString(System.currentTimeMillis(), 36);
    private final ArrayDeque<LiveEvent> buffer = new ArrayDeque<>();
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> daemon(r, "live-sender"));
    private final JsonMapper json;
    private final FeedProperties.Live props;
    private long seq;

    public LiveHub(JsonMapper json, FeedProperties props, MeterRegistry registry) {
        this.json = json;
        this.props = props.live();
        Gauge.builder("news.feed.live.connections", subscribers, Set::size)
                .description("Open Server-Sent Events streams").register(registry);
    }

    /** Spring's scheduler only enqueues the heartbeat: the sender thread writes it, in order with the events. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedRateTask(new FixedRateTask(() -> sender.execute(this::heartbeat), props.heartbeat(),
                props.heartbeat()));
    }

    public SseEmitter subscribe(String category, String lastEventId) {
        SseEmitter emitter = new SseEmitter(props.timeout().toMillis());
        Subscriber s = new Subscriber(emitter, category);
        emitter.onCompletion(() -> subscribers.remove(s));
        emitter.onTimeout(() -> subscribers.remove(s));
        emitter.onError(e -> subscribers.remove(s));
        synchronized (buffer) {
            List<LiveEvent> missed = lastEventId == null ? List.of() : missedSince(lastEventId);
            subscribers.add(s);
            sender.execute(() -> {
                if (missed == null) {
                    send(s, SseEmitter.event().name("resync")
                            .data("{\"reason\":\"events since Last-Event-ID are gone\"}"));
                } else {
                    send(s, SseEmitter.event().comment("connected"));
                    missed.stream().filter(s::wants).forEach(e -> send(s, toSse(e)));
                }
            });
        }
        return emitter;
    }

    /** After the first-page cache let go of what changed (its listener runs first). */
    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void on(ArticlesApplied applied) {
        publish(applied.changes());
    }

    public void publish(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        synchronized (buffer) {
            List<LiveEvent> fresh = new ArrayList<>(changes.size());
            for (Change c : changes) {
                LiveEvent e = new LiveEvent(++seq, c.type(), c.category(), render(c));
                buffer.addLast(e);
                fresh.add(e);
            }
            while (buffer.size() > props.replayBuffer()) {
                buffer.removeFirst();
            }
            sender.execute(() -> fresh.forEach(e -> subscribers.stream().filter(s -> s.wants(e))
                    .forEach(s -> send(s, toSse(e)))));
        }
    }

    public int connections() {
        return subscribers.size();
    }

    // null = cannot resume (unknown id, other instance, or fell out of the buffer)
    private List<LiveEvent> missedSince(String lastEventId) {
        int dash = lastEventId.lastIndexOf('-');
        if (dash < 0 || !lastEventId.substring(0, dash).equals(epoch)) {
            return null;
        }
        long last;
        try {
            last = Long.parseLong(lastEventId.substring(dash + 1));
        } catch (NumberFormatException ex) {
            return null;
        }
        long oldest = buffer.isEmpty() ? seq + 1 : buffer.peekFirst().seq();
        if (last > seq || last < oldest - 1) {
            return null;
        }
        return buffer.stream().filter(e -> e.seq() > last).toList();
    }

    private String render(Change c) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", c.type());
        data.put("articleId", c.articleId());
        data.put("category", c.category());
        data.put("item", "removed".equals(c.type()) ? null : ItemView.from(c.article()));
        return json.writeValueAsString(data);
    }

    private SseEmitter.SseEventBuilder toSse(LiveEvent e) {
        return SseEmitter.event().id(epoch + "-" + e.seq()).name(e.type()).data(e.data());
    }

    private void heartbeat() {
        subscribers.forEach(s -> send(s, SseEmitter.event().comment("heartbeat")));
    }

    private void send(Subscriber s, SseEmitter.SseEventBuilder event) {
        try {
            s.emitter().send(event);
        } catch (IOException | IllegalStateException ex) {
            // The client went away. The container ends the async request itself (error dispatch); completing it from
            // this thread as well would race with that and Tomcat refuses it with an IllegalStateException.
            subscribers.remove(s);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void destroy() {
        sender.shutdownNow();
        subscribers.forEach(s -> s.emitter().complete());
    }
}
