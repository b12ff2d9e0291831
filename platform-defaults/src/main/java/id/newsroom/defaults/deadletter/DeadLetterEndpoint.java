package id.newsroom.defaults.deadletter;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * Operators' handle on the service's dead letters (expose on the management network only):
 * <ul>
 * <li>{@code GET /actuator/deadletters?after=0-41&limit=50}: count, oldest and newest, one page of records;</li>
 * <li>{@code GET /actuator/deadletters/0-42}: one record with its payload and headers (404 if there is none);</li>
 * <li>{@code POST /actuator/deadletters?all=true}, {@code ?ids=0-42,2-7} or {@code ?partition=0&from=40&to=49}:
 * re-drive to the original topic what was not replayed before.</li>
 * </ul>
 * Query parameters rather than a JSON body: the actuator reads a body as strings, and a service with strict JSON
 * refuses {@code true} or {@code 0} as a string.
 */
@Endpoint(id = "deadletters")
public class DeadLetterEndpoint {

    private final DeadLetterReplay replay;
    private final int pageSize;

    public DeadLetterEndpoint(DeadLetterReplay replay, int pageSize) {
        this.replay = replay;
        this.pageSize = pageSize;
    }

    @ReadOperation
    public Map<String, Object> list(@Nullable String after, @Nullable Integer limit) {
        int size = limit == null ? pageSize : Math.max(1, Math.min(1000, limit));
        return replay.list(after == null || after.isBlank() ? null : position(after), size);
    }

    @ReadOperation
    public @Nullable Map<String, Object> one(@Selector String id) {
        return replay.one(position(id)); // null: 404
    }

    @WriteOperation
    public Map<String, Object> replay(@Nullable Boolean all, @Nullable String ids, @Nullable Integer partition,
            @Nullable Long from, @Nullable Long to) {
        if (Boolean.TRUE.equals(all)) {
            return replay.replay((p, o) -> true, true);
        }
        if (ids != null && !ids.isBlank()) {
            Set<DeadLetterPosition> wanted = new HashSet<>();
            for (String id : ids.split(",")) {
                wanted.add(position(id));
            }
            return replay.replay((p, o) -> wanted.contains(new DeadLetterPosition(p, o)), false);
        }
        if (partition != null) {
            long first = from == null ? 0 : from;
            long last = to == null ? Long.MAX_VALUE : to;
            BiPredicate<Integer, Long> inRange = (p, o) -> p.equals(partition) && o >= first && o <= last;
            return replay.replay(inRange, false);
        }
        throw new InvalidEndpointRequestException("Say what to replay: ?all=true, ?ids=0-42,2-7 or "
                + "?partition=0&from=40&to=49", "nothing selected");
    }

    private static DeadLetterPosition position(String text) {
        try {
            return DeadLetterPosition.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidEndpointRequestException(e.getMessage(), e.getMessage());
        }
    }
}
