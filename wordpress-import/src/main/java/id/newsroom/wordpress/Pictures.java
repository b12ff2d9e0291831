package id.newsroom.wordpress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings each picture into media-service once per run: by its original's URL (media-service fetches it) or, with a
 * local copy of wp-content/uploads, by uploading the file. Remembers every outcome by the original's URL, so a
 * picture shown by many posts is asked for once, and counts what happened for the report.
 */
final class Pictures {

    /** A picture a post shows: where WordPress has it and the words that go with it (any may be null but url). */
    record Picture(String url, String attachedFile, String alt, String caption, String credit) {}

    /** A picture that could not be brought over, why, and the posts that went without it. */
    record Failure(String url, String reason, Set<Long> posts) {}

    private final MediaClient client;
    private final Path uploadsDir;
    private final Map<String, Media> done = new HashMap<>();
    int imported;
    int reused;
    final Map<String, Failure> failed = new LinkedHashMap<>();

    /** {@code uploadsDir} null: media-service fetches the old site's URLs. */
    Pictures(MediaClient client, Path uploadsDir) {
        this.client = client;
        this.uploadsDir = uploadsDir;
    }

    /** The media for a picture, or empty when it failed (the failure is recorded against the post). */
    Optional<Media> media(Picture picture, long postId) {
        String key = PictureUrls.original(picture.url());
        Media known = done.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Failure failure = failed.get(key);
        if (failure != null) {
            failure.posts().add(postId);
            return Optional.empty();
        }
        MediaClient.Answer answer = fetch(picture);
        if (answer.media() == null) {
            Set<Long> posts = new LinkedHashSet<>();
            posts.add(postId);
            failed.put(key, new Failure(key, answer.failure(), posts));
            return Optional.empty();
        }
        done.put(key, answer.media());
        if (answer.media().reused()) {
            reused++;
        } else {
            imported++;
        }
        return Optional.of(answer.media());
    }

    /** The original first; the picture as WordPress names it when the original cannot be had. */
    private MediaClient.Answer fetch(Picture p) {
        List<String> sources = new ArrayList<>();
        for (String s : new String[]{p.attachedFile(), p.url()}) {
            if (s != null && !s.isBlank()) {
                addOnce(sources, PictureUrls.original(s.trim()));
                addOnce(sources, s.trim());
            }
        }
        MediaClient.Answer first = null;
        try {
            for (String source : sources) {
                MediaClient.Answer answer = uploadsDir == null ? urlImport(source, p) : upload(source, p);
                if (answer == null) {
                    continue; // an uploads path where a URL is needed, or the other way round
                }
                if (answer.media() != null) {
                    return answer;
                }
                first = first == null ? answer : first;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new MediaClient.Answer(null, "interrupted");
        }
        return first != null
                ? first
                : new MediaClient.Answer(null, uploadsDir == null
                        ? "no URL to fetch it from"
                        : "not under " + PictureUrls.UPLOADS + ", so not in --uploads-dir");
    }

    private MediaClient.Answer urlImport(String source, Picture p) throws InterruptedException {
        return source.contains("://") ? client.importUrl(source, p.alt(), p.caption(), p.credit()) : null;
    }

    private MediaClient.Answer upload(String source, Picture p) throws InterruptedException {
        Path file = PictureUrls.local(uploadsDir, source);
        return file == null ? null : client.upload(file, p.alt(), p.caption(), p.credit());
    }

    private static void addOnce(List<String> list, String s) {
        if (!list.contains(s)) {
            list.add(s);
        }
    }

    /** For the progress bar. */
    String progress() {
        return "pictures: " + imported + " new, " + reused + " reused, " + failed.size() + " failed";
    }
}
