package id.newsroom.article.drift;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * Operators' drift audit: {@code GET /actuator/drift} compares now and reports; {@code POST /actuator/drift?repair=true}
 * also re-publishes every affected article through the outbox. EDITOR only. (The actuator reads a JSON body as
 * strings, which this service's strict JSON refuses for {@code true}: the query parameter works everywhere.)
 */
@Component
@Endpoint(id = "drift")
public class DriftEndpoint {

    private final DriftAudit audit;

    public DriftEndpoint(DriftAudit audit) {
        this.audit = audit;
    }

    @ReadOperation
    public DriftAudit.Result report() {
        return audit.audit(false);
    }

    @WriteOperation
    public DriftAudit.Result audit(@Nullable Boolean repair) {
        return audit.audit(Boolean.TRUE.equals(repair));
    }
}
