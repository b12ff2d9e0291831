package id.newsroom.wordpress;

import java.nio.file.Path;

/**
 * What the command was asked to do.
 *
 * @param uploadsDir a local copy of wp-content/uploads to upload pictures from; null: media-service fetches them from
 *                   the old site's URLs
 * @param pictures   false ({@code --no-pictures}): pictures stay on the old site, as before media-service existed
 */
record ImportOptions(Path file, Path sections, String url, String user, String mediaUrl, Path uploadsDir,
        boolean pictures) {

    static final String USAGE = "usage: import-wordpress.sh export.xml [--sections mapping.yml]"
            + " [--url http://127.0.0.1:8081] [--media-url http://127.0.0.1:8084] [--uploads-dir DIR | --no-pictures]"
            + " [--user editor:editor-pass]";

    static ImportOptions parse(String[] args) {
        Path file = null;
        Path sections = null;
        String url = "http://127.0.0.1:8081";
        String user = "editor:editor-pass";
        String mediaUrl = "http://127.0.0.1:8084";
        Path uploadsDir = null;
        boolean pictures = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sections" -> sections = Path.of(value(args, ++i, "--sections"));
                case "--url" -> url = value(args, ++i, "--url");
                case "--user" -> user = value(args, ++i, "--user");
                case "--media-url" -> mediaUrl = value(args, ++i, "--media-url");
                case "--uploads-dir" -> uploadsDir = Path.of(value(args, ++i, "--uploads-dir"));
                case "--no-pictures" -> pictures = false;
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
        if (!pictures && uploadsDir != null) {
            throw new IllegalArgumentException("--uploads-dir and --no-pictures exclude each other");
        }
        return new ImportOptions(file, sections, url, user, mediaUrl, uploadsDir, pictures);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
