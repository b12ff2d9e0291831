package id.newsroom.article.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The event contract from the repository (contracts/article-event.schema.json), with format assertions on. */
public final class EventSchema {

    private static final Schema SCHEMA = load();

    private EventSchema() {
    }

    private static Schema load() {
        try {
            String text = Files.readString(Path.of("../contracts/article-event.schema.json"));
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
            return registry.getSchema(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations of one event value; empty when it conforms. */
    public static List<String> violations(String json) {
        List<Error> errors = SCHEMA.validate(Api.JSON.readTree(json), ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
        return errors.stream().map(Error::toString).toList();
    }
}
