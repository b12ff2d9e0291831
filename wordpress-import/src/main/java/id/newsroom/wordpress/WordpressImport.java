package id.newsroom.wordpress;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * {@code import-wordpress.sh export.xml [--sections mapping.yml] [--url http://127.0.0.1:8081] [--user editor:editor-pass]}
 * <p>
 * Two streaming passes over the export: the first checks that the whole file is well-formed XML (so a broken file
 * imports nothing at all) and collects authors' display names and attachments (featured images); the second converts
 * each post and sends batches to article-service's archive import, which is idempotent by the WordPress post id.
 */
public final class WordpressImport {

    static final int BATCH = 200;

    /** What the command was asked to do. */
    record Options(Path file, Path sections, String url, String user) {

        static Options parse(String[] args) {
            Path file = null;
            Path sections = null;
            String url = "http://127.0.0.1:8081";
            String user = "editor:editor-pass";
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--sections" -> sections = Path.of(value(args, ++i, "--sections"));
                    case "--url" -> url = value(args, ++i, "--url");
                    case "--user" -> user = value(args, ++i, "--user");
                    default -> {
                        if (args[i].startsWith("--") || file != null) {
                            throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
                        }
                        file = Path.of(args[i]);
                    }
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("name the WordPress export file (WXR, from Tools -> Export)");
            }
            return new Options(file, sections, url, user);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, true));
    }

    /** 0: all imported; 1: some posts failed; 2: nothing done (bad arguments, malformed file, server refused). */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean progress) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("import-wordpress: " + e.getMessage());
            err.println("usage: import-wordpress.sh export.xml [--sections mapping.yml] [--url http://127.0.0.1:8081]"
                    + " [--user editor:editor-pass]");
            return 2;
        }
        try {
            ImportSummary summary = new ImportSummary();
            Done done = importFile(options, summary, progress ? err : null);
            out.println("WordPress import of " + options.file());
            summary.print(out, done.converter().droppedShortcodes, done.sections().unmapped,
                    done.sections().fallback());
            return summary.failed.isEmpty() ? 0 : 1;
        } catch (WxrReader.MalformedException e) {
            err.printf("import-wordpress: %s:%d:%d: malformed XML: %s; nothing was imported%n", options.file(), e.line,
                    e.column, e.getMessage());
            return 2;
        } catch (IOException | IllegalArgumentException e) {
            err.println("import-wordpress: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("import-wordpress: interrupted");
            return 2;
        }
    }

    private record Done(PostConverter converter, Sections sections) {}

    private static Done importFile(Options options, ImportSummary summary, PrintStream progress)
            throws IOException, InterruptedException, WxrReader.MalformedException {
        if (!Files.isReadable(options.file())) {
            throw new IOException("cannot read " + options.file());
        }
        Map<String, String> authors = new HashMap<>();
        Map<Long, PostConverter.Attachment> attachments = new HashMap<>();
        int[] posts = {0};
        WxrReader.read(options.file(), new WxrReader.Handler() {
            @Override
            public void author(String login, String displayName) {
                if (displayName != null && !displayName.isBlank()) {
                    authors.put(login, displayName.trim());
                }
            }

            @Override
            public void item(WxrItem item) {
                if (item.type().equals("attachment")) {
                    String url = item.attachmentUrl() != null ? item.attachmentUrl() : item.link();
                    attachments.put(item.postId(), new PostConverter.Attachment(url, blankToNull(item.excerpt()),
                            blankToNull(item.meta().get("_media_credit"))));
                }
                posts[0]++;
            }
        });
        ImportClient client = new ImportClient(options.url(), options.user());
        Sections sections = Sections.load(options.sections(), client.sections());
        PostConverter converter = new PostConverter(authors, attachments, sections);
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Impor").setInitialMax(posts[0])
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(progress != null
                        ? new ConsoleProgressBarConsumer(progress)
                        : new DelegatingProgressBarConsumer(line -> {}))
                .build()) {
            List<WxrItem> batch = new ArrayList<>();
            StringBuilder lines = new StringBuilder();
            IOException[] failure = {null};
            WxrReader.read(options.file(), new WxrReader.Handler() {
                @Override
                public void author(String login, String displayName) {}

                @Override
                public void item(WxrItem item) {
                    bar.step();
                    if (failure[0] != null) {
                        return;
                    }
                    summary.posts++;
                    PostConverter.Result r = converter.convert(item);
                    if (r.skipped() != null) {
                        summary.skip(r.skipped());
                        return;
                    }
                    batch.add(item);
                    lines.append(ImportClient.toJson(r.line())).append('\n');
                    if (batch.size() >= BATCH) {
                        failure[0] = flush(client, batch, lines, summary);
                    }
                }
            });
            if (failure[0] == null) {
                failure[0] = flush(client, batch, lines, summary);
            }
            if (failure[0] != null) {
                throw failure[0];
            }
        }
        return new Done(converter, sections);
    }

    private static IOException flush(ImportClient client, List<WxrItem> batch, StringBuilder lines,
            ImportSummary summary) {
        if (batch.isEmpty()) {
            return null;
        }
        try {
            summary.add(client.importLines(lines.toString()), batch);
            return null;
        } catch (IOException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new IOException("interrupted", e);
        } finally {
            batch.clear();
            lines.setLength(0);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
