package id.newsroom.wordpress;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a WordPress picture's original is. WordPress keeps the uploaded file and makes copies beside it:
 * {@code foto-1024x683.jpg} (a size) and, for big uploads since 5.3, {@code foto-scaled.jpg} (which even the
 * attachment's own URL then names); the original is the name without those suffixes.
 */
final class PictureUrls {

    static final String UPLOADS = "/wp-content/uploads/";
    private static final Pattern SIZE_SUFFIX = Pattern.compile("(?:-scaled|-\\d{1,5}x\\d{1,5})+(\\.[A-Za-z0-9]{2,5})$");

    /** Hosts of the old site (its base URLs and the attachments' URLs): body pictures elsewhere are left alone. */
    private final Set<String> siteHosts = new HashSet<>();
    private String baseUrl;

    /** The original's URL or uploads path: size and {@code -scaled} suffixes before the extension removed. */
    static String original(String urlOrPath) {
        if (urlOrPath == null) {
            return null;
        }
        int end = urlOrPath.length();
        for (char c : new char[]{'?', '#'}) {
            int at = urlOrPath.indexOf(c);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        String path = urlOrPath.substring(0, end);
        return SIZE_SUFFIX.matcher(path).replaceFirst("$1");
    }

    /** The file under a copy of wp-content/uploads for an uploads path or URL; null when it names none. */
    static Path local(Path uploadsDir, String urlOrPath) {
        if (urlOrPath == null) {
            return null;
        }
        String path = urlOrPath;
        int at = path.indexOf(UPLOADS);
        if (at >= 0) {
            path = path.substring(at + UPLOADS.length());
        } else if (path.contains("://")) {
            return null;
        }
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8).replaceFirst("^/+", "");
        Path root = uploadsDir.toAbsolutePath().normalize();
        Path file = root.resolve(path).normalize();
        return file.startsWith(root) ? file : null; // "../" never leaves the directory
    }

    void site(String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        if (baseUrl == null) {
            baseUrl = url.trim().replaceAll("/+$", "");
        }
        addHost(url);
    }

    void addHost(String url) {
        String host = host(url);
        if (host != null) {
            siteHosts.add(host);
        }
    }

    /** An attachment's URL: its {@code wp:attachment_url}, else the site's uploads plus {@code _wp_attached_file}. */
    String attachmentUrl(String attachmentUrl, String attachedFile) {
        if (attachmentUrl != null && !attachmentUrl.isBlank()) {
            return attachmentUrl.trim();
        }
        if (attachedFile != null && !attachedFile.isBlank() && baseUrl != null) {
            return baseUrl + UPLOADS + attachedFile.trim().replaceFirst("^/+", "");
        }
        return null;
    }

    /** A body picture's absolute URL when it is one of the old site's uploads, else null (left as it is). */
    String oldSiteUpload(String src) {
        if (src == null || !src.contains(UPLOADS)) {
            return null;
        }
        String url = src.trim();
        if (url.startsWith("//")) {
            url = "https:" + url;
        } else if (url.startsWith("/")) {
            if (baseUrl == null) {
                return null;
            }
            url = baseUrl + url;
        }
        String host = host(url);
        return host != null && (siteHosts.isEmpty() || siteHosts.contains(host)) ? url : null;
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.trim().replace(" ", "%20")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
