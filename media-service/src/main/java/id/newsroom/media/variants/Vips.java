package id.newsroom.media.variants;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the libvips command line tool: arguments as a list (no shell), in the job's private directory, with a
 * timeout; stderr is kept to say why a decode failed. Pixels live in the vips process, never in the JVM heap.
 */
public class Vips {

    private static final String NO_MODULES = "/nonexistent/vips-without-modules";

    private final String command;
    private final Duration timeout;
    private final List<String> prefix;

    public Vips(String command, Duration timeout) {
        this(command, timeout, List.of());
    }

    private Vips(String command, Duration timeout, List<String> prefix) {
        this.command = command;
        this.timeout = timeout;
        this.prefix = prefix;
    }

    /**
     * The same tool run at a lower CPU priority ({@code nice -n 10}): background work yields the cores to uploads and
     * to readers waiting for a variant.
     */
    public Vips background() {
        return new Vips(command, timeout, List.of("nice", "-n", "10"));
    }

    /** Runs {@code vips <args...>} in {@code dir} on files this service made (the master and its crops). */
    public void run(Path dir, String... args) throws IOException {
        run(dir, false, args);
    }

    /**
     * Runs {@code vips <args...>} in {@code dir}; throws {@link VipsException} with stderr when it fails.
     *
     * @param untrustedInput the input came from outside: loaders libvips marks untrusted (ImageMagick, PDF, its own
     *                       .v format...) stay off whatever the bytes claim
     */
    public void run(Path dir, boolean untrustedInput, String... args) throws IOException {
        List<String> line = new ArrayList<>(prefix.size() + args.length + 1);
        line.addAll(prefix);
        line.add(command);
        line.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "vips", ".err");
        ProcessBuilder builder = new ProcessBuilder(line).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        // No loadable modules (ImageMagick, HEIF, PDF, OpenSlide, JPEG XL): a third faster start, and whatever bytes
        // get this far can only meet libvips' own JPEG, PNG, GIF and WebP loaders.
        builder.environment().put("VIPSHOME", NO_MODULES);
        if (untrustedInput) {
            builder.environment().put("VIPS_BLOCK_UNTRUSTED", "1");
        }
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new VipsException("vips took longer than " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while vips ran", e);
        }
        if (process.exitValue() != 0) {
            throw new VipsException(cleanStderr(Files.readString(err, StandardCharsets.UTF_8)));
        }
        Files.deleteIfExists(err);
    }

    /** The message lines of vips' stderr, without its blank lines and process prefixes. */
    static String cleanStderr(String stderr) {
        StringBuilder out = new StringBuilder();
        for (String line : stderr.split("\n")) {
            String l = line.replaceFirst("^\\(vips:\\d+\\): ", "").replaceFirst("^VIPS-WARNING \\*\\*: [0-9:.]+: ", "")
                    .strip();
            if (!l.isEmpty() && out.length() < 500) {
                out.append(out.length() == 0 ? "" : "; ").append(l);
            }
        }
        return out.length() == 0 ? "vips failed without a message" : out.toString();
    }

    /** vips could not do what was asked: for an original, the picture is corrupt or truncated. */
    public static class VipsException extends IOException {
        public VipsException(String message) {
            super(message);
        }
    }
}
