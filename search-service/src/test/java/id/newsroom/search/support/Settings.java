package id.newsroom.search.support;

import java.util.HashMap;
import java.util.Map;

import id.newsroom.search.config.SearchProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@link SearchProperties} for tests without a Spring context: bound as Boot binds them, so the defaults stay in one place. */
public final class Settings {

    private Settings() {}

    /** The defaults, with the given {@code search.*} keys (e.g. {@code "query.cache-size", "0"}) set. */
    public static SearchProperties search(String... keysAndValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put("search." + keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("search", SearchProperties.class);
    }
}
