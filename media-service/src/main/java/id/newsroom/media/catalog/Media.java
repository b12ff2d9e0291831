package id.newsroom.media.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.newsroom.media.variants.FocalPoint;

/**
 * One picture: what it is, how it is described, and the revisions its variant URLs carry.
 *
 * @param revision  the current revision (10 hex characters from the bytes and the focal point)
 * @param revisions every revision ever made, oldest first: their URLs keep serving
 * @param sourceUrl where an import fetched it; null for an upload
 * @param focalPoints the focal point of each revision: a crop is made when first requested, so every revision's
 *                    focal point must stay known (a revision missing here has its crops stored already: media
 *                    stored before crops were made lazily)
 */
public record Media(String id, long version, String revision, List<String> revisions, String sha256, int width,
        int height, String format, long bytes, String alt, String caption, String credit, FocalPoint focalPoint,
        List<Integer> widths, String sourceUrl, Instant createdAt, Instant updatedAt,
        Map<String, FocalPoint> focalPoints) {

    public Media {
        focalPoints = Map.copyOf(focalPoints);
    }

    /** The revision of these bytes at this focal point: a new focal point gives new URLs, no purge needed. */
    public static String revision(String sha256, FocalPoint focus) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.format(Locale.ROOT, "%s@%.4f,%.4f",
                    sha256, focus.x(), focus.y()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The texts a PATCH may change, for one update. */
    public Media describe(String newAlt, String newCaption, String newCredit, FocalPoint focus, String rev,
            Instant now) {
        List<String> revs = revisions.contains(rev)
                ? revisions
                : java.util.stream.Stream.concat(revisions.stream(), java.util.stream.Stream.of(rev)).toList();
        Map<String, FocalPoint> foci = new java.util.HashMap<>(focalPoints);
        foci.putIfAbsent(rev, focus);
        return new Media(id, version + 1, rev, revs, sha256, width, height, format, bytes, newAlt, newCaption,
                newCredit, focus, widths, sourceUrl, createdAt, now, foci);
    }
}
