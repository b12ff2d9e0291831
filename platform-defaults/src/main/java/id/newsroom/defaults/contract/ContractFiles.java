package id.newsroom.defaults.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A file of the repository's {@code contracts/}, as the build packages that directory into this module's jar: the
 * schemas {@link JsonContract} checks against, and lists the services share (contracts/sections.json). Each service
 * reads what it needs into its own types; this is only the reading.
 */
public final class ContractFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContractFiles() {}

    /** @param resource a classpath resource, e.g. {@code contracts/sections.json} */
    public static String text(String resource) {
        try (InputStream in = ContractFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (packaged from contracts/)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The file parsed as JSON. */
    public static JsonNode json(String resource) {
        return JSON.readTree(text(resource));
    }
}
