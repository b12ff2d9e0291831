package id.newsroom.wordpress;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * {@code import-wordpress.sh export.xml [--sections mapping.yml] [--url ...] [--media-url ...] [--uploads-dir DIR]}
 * <p>
 * Two streaming passes over the export: the first checks that the whole file is well-formed XML (so a broken file
 * imports nothing at all) and collects authors' display names and attachments (featured images, body pictures); the
 * second converts each post, brings its pictures into media-service, and sends batches to article-service's archive
 * import, which is idempotent by the WordPress post id.
 */
public final class WordpressImport {

    static final int BATCH = 200;
    /** How long a post whose picture was just imported may wait for article-service to learn of the media. */
    static final Duration MEDIA_WAIT = Duration.ofSeconds(30);

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, true));
    }

    /**
     * 0: all posts imported (even when some pictures failed: the report lists them); 1: some posts failed; 2: nothing
     * done (bad arguments, malformed file, article-service or media-service unreachable or refusing).
     */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean progress) {
        ImportOptions options;
        try {
            options = ImportOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("import-wordpress: " + e.getMessage());
            err.println(ImportOptions.USAGE);
            return 2;
        }
        try {
            ImportSummary summary = new ImportSummary();
            Done done = importFile(options, summary, progress ? err : null);
            out.println("WordPress import of " + options.file());
            summary.print(out, done.pictures(), done.converter().droppedShortcodes, done.sections().unmapped,
                    done.sections().fallback());
            return summary.failed.isEmpty() ? 0 : 1; // failed pictures alone do not fail the run: their posts are in
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

    private record Done(PostConverter converter, Sections sections, Pictures pictures) {}

    private static Done importFile(ImportOptions options, ImportSummary summary, PrintStream progress)
            throws IOException, InterruptedException, WxrReader.MalformedException {
        if (!Files.isReadable(options.file())) {
            throw new IOException("cannot read " + options.file());
        }
        Map<String, String> authors = new HashMap<>();
        Map<Long, PostConverter.Attachment> attachments = new HashMap<>();
        PictureUrls urls = new PictureUrls();
        int[] posts = {0};
        boolean[] showsPictures = {false};
        WxrReader.read(options.file(), new WxrReader.Handler() {
            @Override
            public void site(String url) {
                urls.site(url);
            }

            @Override
            public void author(String login, String displayName) {
                if (displayName != null && !displayName.isBlank()) {
                    authors.put(login, displayName.trim());
                }
            }

            @Override
            public void item(WxrItem item) {
                if (item.type().equals("attachment")) {
                    String file = blankToNull(item.meta().get("_wp_attached_file"));
                    String url = urls.attachmentUrl(item.attachmentUrl(), file);
                    urls.addHost(url);
                    attachments.put(item.postId(), new PostConverter.Attachment(url, file, blankToNull(item.excerpt()),
                            blankToNull(item.meta().get("_media_credit")),
                            blankToNull(item.meta().get("_wp_attachment_image_alt"))));
                } else if (item.type().equals("post")) {
                    showsPictures[0] |= item.meta().containsKey("_thumbnail_id") || item.content().contains("<img");
                }
                posts[0]++;
            }
        });
        ImportClient client = new ImportClient(options.url(), options.user());
        Sections sections = Sections.load(options.sections(), client.sections());
        Pictures pictures = null;
        if (options.pictures()) {
            if (options.uploadsDir() != null && !Files.isDirectory(options.uploadsDir())) {
                throw new IOException("--uploads-dir " + options.uploadsDir() + " is not a directory");
            }
            MediaClient media = new MediaClient(options.mediaUrl(), options.user());
            if (showsPictures[0]) {
                media.check(); // before any post is sent: a run that silently drops every picture helps nobody
            }
            pictures = new Pictures(media, options.uploadsDir());
        }
        PostConverter converter = new PostConverter(authors, attachments, sections,
                pictures == null ? null : new PostPictures(attachments, urls, pictures));
        Pictures counted = pictures;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Impor").setInitialMax(posts[0])
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(progress != null
                        ? new ConsoleProgressBarConsumer(progress)
                        : new DelegatingProgressBarConsumer(line -> {}))
                .build()) {
            Batches batches = new Batches(client, summary, MEDIA_WAIT);
            Exception[] failure = {null};
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
                    if (counted != null) {
                        bar.setExtraMessage(counted.progress());
                    }
                    if (r.skipped() != null) {
                        summary.skip(r.skipped());
                        return;
                    }
                    try {
                        batches.add(item, ImportClient.toJson(r.line()));
                    } catch (IOException | InterruptedException e) {
                        failure[0] = e; // the reader's handler cannot throw: stop sending, say why after the pass
                    }
                }
            });
            if (failure[0] == null) {
                batches.flush();
            } else if (failure[0] instanceof InterruptedException e) {
                throw e;
            } else {
                throw (IOException) failure[0];
            }
        }
        return new Done(converter, sections, pictures);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
