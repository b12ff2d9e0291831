package id.newsroom.infra.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A request as raw as it goes on the wire: the target is sent byte for byte, never normalised or encoded. */
public record FuzzRequest(Endpoint endpoint, String method, String target, Map<String, String> headers, byte[] body) {

    @Override
    public String toString() {
        String shown = target.length() > 200 ? target.substring(0, 200) + "...(" + target.length() + " chars)" : target;
        String content = body == null
                ? ""
                : " body " + (body.length > 120
                        ? new String(body, 0, 120, StandardCharsets.UTF_8) + "...(" + body.length + " bytes)"
                        : new String(body, StandardCharsets.UTF_8));
        return method + " " + shown + " " + headers + content;
    }
}
