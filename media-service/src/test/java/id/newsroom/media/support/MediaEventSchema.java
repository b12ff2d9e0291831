package id.newsroom.media.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** contracts/media-event.schema.json, executable: formats asserted. */
public final class MediaEventSchema {

    public static final Path FILE = Path.of("../contracts/media-event.schema.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode ROOT;
    private static final Schema SCHEMA;

    static {
        try {
            String text = Files.readString(FILE);
            ROOT = JSON.readTree(text);
            SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MediaEventSchema() {}

    public static List<String> violations(String json) {
        return SCHEMA.validate(JSON.readTree(json), ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)))
                .stream().map(Error::toString).toList();
    }

    public static List<String> examples() {
        List<String> examples = new ArrayList<>();
        ROOT.path("examples").forEach(e -> examples.add(JSON.writeValueAsString(e)));
        return examples;
    }
}
