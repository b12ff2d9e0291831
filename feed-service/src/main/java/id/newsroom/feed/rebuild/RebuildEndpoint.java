package id.newsroom.feed.rebuild;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * Operator control of the rebuild: {@code POST /actuator/rebuild} starts one, {@code GET /actuator/rebuild} shows its
 * progress. Expose the management endpoints only on an internal network.
 */
@Component
@Endpoint(id = "rebuild")
public class RebuildEndpoint {

    private final RebuildService rebuild;

    public RebuildEndpoint(RebuildService rebuild) {
        this.rebuild = rebuild;
    }

    @ReadOperation
    public RebuildService.Status status() {
        return rebuild.status();
    }

    @WriteOperation
    public RebuildService.Status start() {
        return rebuild.start();
    }
}
